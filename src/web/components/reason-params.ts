import dayjs from "dayjs";
import type { TFunction } from "i18next";
import { formatCents, formatNumber } from "./money.js";

const DATE_PARAMS = new Set(["validUntil", "validFrom", "startDate", "endDate", "from", "to", "expiresOn", "issuedOn"]);
const MONEY_PARAMS = new Set(["hourlyPayCents", "minHourlyPayCents"]);

export interface ReasonLabels {
  occupation: (uri: string) => string;
  skill: (uri: string) => string;
}

/** The ESCO concepts a list of reasons refers to, so their labels can be fetched before the sentences are shown. */
export function reasonUris(
  reasons: readonly { params: Readonly<Record<string, string | number>> }[],
  param: "occupationUri" | "skillUri",
): string[] {
  return [...new Set(reasons.map((reason) => reason.params[param]).filter((value): value is string => typeof value === "string"))];
}

/**
 * A match reason's parameters as words in the reader's language: dates formatted, cents as euros, codes
 * (certificates, sectors, languages, levels) and ESCO URIs as labels. See src/core/matching/reason-codes.ts.
 */
export function readableReasonParams(
  code: string,
  params: Readonly<Record<string, string | number>>,
  t: TFunction,
  language: string,
  labels: ReasonLabels,
): Record<string, string> {
  const readable: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    readable[name] = readableParam(code, name, value, t, language, labels);
  }
  // "The offer asks for at least 0 years" says nothing: with no minimum the sentence has its own wording.
  if (code.startsWith("experience.") && params.required === 0) readable.context = "noMinimum";
  return readable;
}

function readableParam(code: string, name: string, value: string | number, t: TFunction, language: string, labels: ReasonLabels): string {
  if (DATE_PARAMS.has(name) && typeof value === "string") return dayjs(value).format("ll");
  if (MONEY_PARAMS.has(name) && typeof value === "number") return formatCents(value, language);
  if (name === "kind") return t(`certificate.${value}`, { ns: "codes" });
  if (name === "sector") return t(`sector.${value}`, { ns: "codes" });
  if (name === "language") return t(`language.${value}`, { ns: "codes" });
  // "required" is a CEFR level for language reasons and a number of years for experience reasons.
  if ((name === "actual" || name === "required") && code.startsWith("language.")) return t(`languageLevel.${value}`, { ns: "codes" });
  if (name === "skillUri") return labels.skill(String(value));
  if (name === "occupationUri") return labels.occupation(String(value));
  if (name === "iscoCode") return String(value);
  return typeof value === "number" ? formatNumber(value, language) : value;
}
