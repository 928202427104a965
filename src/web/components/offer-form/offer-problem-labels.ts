import type { TFunction } from "i18next";

/** The "offers" key that names each list (for "Language 2") and each field of the form. */
const LIST_LABELS: Record<string, string> = {
  requiredSkills: "form.skillRow",
  requiredLanguages: "form.languageRow",
};

const FIELD_LABELS: Record<string, string> = {
  employerId: "field.employer",
  siteId: "field.site",
  occupationUri: "field.occupation",
  title: "field.title",
  tasks: "field.tasks",
  startDate: "field.startDate",
  endDate: "field.endDate",
  positions: "field.positions",
  payAmount: "field.payAmount",
  payUnit: "field.payUnit",
  pieceUnit: "field.pieceUnit",
  piecesPerHour: "field.piecesPerHour",
  hoursPerWeek: "field.hoursPerWeek",
  contractType: "field.contractType",
  accommodationDeduction: "field.accommodationDeduction",
  mealsDeduction: "field.mealsDeduction",
  requiredCertificates: "field.requiredCertificates",
  minYearsExperience: "field.minYearsExperience",
  skillUri: "field.skill",
  language: "field.language",
  level: "field.level",
};

/** "requiredLanguages.1.level" → "Language 2 · Level", for the error summary. */
export function offerProblemLabel(t: TFunction, path: string): string | undefined {
  const [first = "", second, third] = path.split(".");
  const listKey = LIST_LABELS[first];
  if (listKey && second !== undefined) {
    const row = t(listKey, { ns: "offers", number: Number(second) + 1 });
    const fieldKey = third ? FIELD_LABELS[third] : undefined;
    return fieldKey ? t("form.rowField", { ns: "offers", row, field: t(fieldKey, { ns: "offers" }) }) : row;
  }
  const fieldKey = FIELD_LABELS[first];
  return fieldKey ? t(fieldKey, { ns: "offers" }) : undefined;
}
