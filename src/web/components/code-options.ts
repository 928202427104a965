import type { TFunction } from "i18next";

/** Select options for a controlled vocabulary of src/core/reference/codes.ts, labelled from the "codes" namespace. */
export function codeOptions(t: TFunction, group: string, codes: readonly string[]) {
  return codes.map((code) => ({ value: code, label: t(`${group}.${code}`, { ns: "codes" }) }));
}
