import type { TFunction } from "i18next";

/**
 * The text of a key the API sends (a failed run's error, a refused assignment's code): "planning.…" and "errors.…"
 * name their namespace, a bare code is an API error code; anything unknown reads as the generic error, never a key.
 */
export function translatedKey(t: TFunction, key: string | null): string {
  const generic = t("generic", { ns: "errors" });
  if (!key) return generic;
  const [namespace, rest] = key.startsWith("planning.")
    ? ["planning", key.slice("planning.".length)]
    : key.startsWith("errors.")
      ? ["errors", key.slice("errors.".length)]
      : ["errors", `code.${key}`];
  return t(rest, { ns: namespace, defaultValue: generic });
}
