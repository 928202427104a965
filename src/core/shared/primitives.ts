import { z } from "zod";

export const uuid = z.uuid();
export const isoDate = z.iso.date();
/** A date range; `end` is inclusive. */
export const dateRange = z
  .strictObject({ start: isoDate, end: isoDate })
  .refine((r) => r.start <= r.end, { message: "errors.dateRangeReversed", path: ["end"] });
export type DateRange = z.infer<typeof dateRange>;

/** Phone numbers in E.164: + and 8 to 15 digits. */
export const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+[1-9]\d{7,14}$/, { message: "errors.phoneFormat" });
export const escoOccupationUri = z.string().startsWith("http://data.europa.eu/esco/occupation/");
export const escoSkillUri = z.string().startsWith("http://data.europa.eu/esco/skill/");
export const nutsCode = z.string().regex(/^(EL|CY|ES|IT|BE)[0-9A-Z]{0,3}$/, { message: "errors.nutsCode" });
/** Money as integer euro cents. */
export const cents = z.number().int().min(0).max(100_000_00);
export const personName = z.string().trim().min(1, { message: "errors.required" }).max(100);
