import type { EmployerPatch } from "./employer-schemas.js";

/**
 * What an employer may not change in its own company profile: its legal identity is what the centre vetted,
 * so a new legal name or tax id goes through the centre's staff.
 */
export const EMPLOYER_STAFF_ONLY_FIELDS = ["legalName", "taxId"] as const satisfies readonly (keyof EmployerPatch)[];

/** The fields of a patch an employer may not change itself. */
export function fieldsOutsideEmployerSelfService(patch: EmployerPatch): string[] {
  const staffOnly: readonly string[] = EMPLOYER_STAFF_ONLY_FIELDS;
  return Object.keys(patch).filter((key) => staffOnly.includes(key));
}
