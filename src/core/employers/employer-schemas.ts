import { z } from "zod";
import { EMPLOYER_SIZES, SECTORS } from "../reference/codes.js";
import { withoutDefaults } from "../shared/patch-schema.js";
import { nutsCode, personName, phoneNumber, uuid } from "../shared/primitives.js";

export const employerSiteInput = z.strictObject({
  name: z.string().trim().min(1, { message: "errors.required" }).max(120),
  regionCode: nutsCode,
  address: z.string().trim().max(300).default(""),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
});
export const employerSite = employerSiteInput.extend({ id: uuid });
export type EmployerSite = z.infer<typeof employerSite>;

export const employerInput = z.strictObject({
  legalName: z.string().trim().min(2, { message: "errors.required" }).max(200),
  /** VAT/tax identifier as issued in the employer's country; checked for shape only, kept upper-case so "el123" and "EL123" are one employer. */
  taxId: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{5,20}$/i, { message: "errors.taxId" })
    .toUpperCase(),
  sector: z.enum(SECTORS),
  size: z.enum(EMPLOYER_SIZES),
  accommodationOffered: z.boolean().default(false),
  contactName: personName,
  contactPhone: phoneNumber,
  contactEmail: z.email({ message: "errors.email" }),
  sites: z.array(employerSiteInput).min(1, { message: "errors.atLeastOneSite" }).max(50),
});
export type EmployerInput = z.infer<typeof employerInput>;
/** The employer's own fields without its sites: what a patch is merged into and checked against. */
export const employerDetails = employerInput.omit({ sites: true });
export type EmployerDetails = z.infer<typeof employerDetails>;
export const employerPatch = z.strictObject(withoutDefaults(employerDetails.shape)).partial();
export type EmployerPatch = z.infer<typeof employerPatch>;

export const employer = employerInput.omit({ sites: true }).extend({
  id: uuid,
  centreId: uuid,
  sites: z.array(employerSite),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Employer = z.infer<typeof employer>;

export const employerListQuery = z.object({ q: z.string().trim().max(100).optional(), sector: z.enum(SECTORS).optional() });
export type EmployerListQuery = z.infer<typeof employerListQuery>;

/** The employer's portal sign-in, answered once: the temporary password is never stored or shown again. */
export const employerAccountCreated = z.object({ userId: z.string(), email: z.string(), temporaryPassword: z.string() });
export type EmployerAccountCreated = z.infer<typeof employerAccountCreated>;
