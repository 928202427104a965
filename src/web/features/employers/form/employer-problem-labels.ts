import type { TFunction } from "i18next";

const FIELD_LABELS: Record<string, string> = {
  legalName: "field.legalName",
  taxId: "field.taxId",
  sector: "field.sector",
  size: "field.size",
  contactName: "field.contactName",
  contactPhone: "field.contactPhone",
  contactEmail: "field.contactEmail",
  name: "field.siteName",
  regionCode: "field.region",
  address: "field.address",
  latitude: "field.latitude",
  longitude: "field.longitude",
};

/** "sites.1.regionCode" → "Site 2 · Region", for the error summary. */
export function employerProblemLabel(t: TFunction, path: string): string | undefined {
  const [first = "", second, third] = path.split(".");
  if (first === "sites" && second !== undefined) {
    const row = t("form.siteRow", { ns: "employers", number: Number(second) + 1 });
    const fieldKey = third ? FIELD_LABELS[third] : undefined;
    return fieldKey ? t("form.rowField", { ns: "employers", row, field: t(fieldKey, { ns: "employers" }) }) : row;
  }
  if (first === "sites") return t("section.sitesPlain", { ns: "employers" });
  const fieldKey = FIELD_LABELS[first];
  return fieldKey ? t(fieldKey, { ns: "employers" }) : undefined;
}
