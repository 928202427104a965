import type { TFunction } from "i18next";

/** The "workers" key that names each list (for "Language 2") and each field of the form. */
const LIST_LABELS: Record<string, string> = {
  languages: "form.languageRow",
  authorisations: "form.authorisationRow",
  occupations: "form.occupationRow",
  skills: "form.skillRow",
  certificates: "form.certificateRow",
  availability: "form.availabilityRow",
};

const FIELD_LABELS: Record<string, string> = {
  givenName: "field.givenName",
  familyName: "field.familyName",
  phone: "field.phone",
  gender: "field.gender",
  birthYear: "field.birthYear",
  nationality: "field.nationality",
  preferredLanguage: "field.preferredLanguage",
  regionCode: "field.region",
  language: "field.language",
  level: "field.level",
  type: "field.authorisationType",
  validFrom: "field.validFrom",
  validUntil: "field.validUntil",
  occupationUri: "field.occupation",
  yearsExperience: "field.yearsExperience",
  skillUri: "field.skill",
  kind: "field.certificate",
  issuedOn: "field.issuedOn",
  expiresOn: "field.expiresOn",
  start: "field.from",
  end: "field.to",
  sectors: "field.sectors",
  minHourlyPay: "field.minHourlyPay",
};

/** "languages.1.level" → "Language 2 · Level", for the error summary. */
export function problemLabel(t: TFunction, path: string): string | undefined {
  const [first = "", second, third] = path.split(".");
  const listKey = LIST_LABELS[first];
  if (listKey && second !== undefined) {
    const row = t(listKey, { ns: "workers", number: Number(second) + 1 });
    const fieldKey = third ? FIELD_LABELS[third] : undefined;
    return fieldKey ? t("form.rowField", { ns: "workers", row, field: t(fieldKey, { ns: "workers" }) }) : row;
  }
  const fieldKey = FIELD_LABELS[third ?? second ?? first] ?? FIELD_LABELS[first];
  return fieldKey ? t(fieldKey, { ns: "workers" }) : undefined;
}
