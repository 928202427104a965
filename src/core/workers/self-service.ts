import type { WorkerPatch } from "./worker-schemas.js";

/**
 * What a worker may change in their own file from the portal. Identity, permits, skills and certificates are
 * checked by a caseworker, so they are changed only by staff.
 */
export const WORKER_SELF_EDITABLE = [
  "whatsapp",
  "preferredLanguage",
  "regionCode",
  "drivingLicence",
  "ownTransport",
  "willingToRelocate",
  "childcareNeeded",
  "travellingWithFamily",
  "languages",
  "availability",
  "preferences",
] as const satisfies readonly (keyof WorkerPatch)[];

/** The fields of a patch a worker may not change themself. */
export function fieldsOutsideSelfService(patch: WorkerPatch): string[] {
  const allowed: readonly string[] = WORKER_SELF_EDITABLE;
  return Object.keys(patch).filter((key) => !allowed.includes(key));
}
