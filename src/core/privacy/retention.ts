import { DATA_CATEGORIES, type DataCategory, type Retention } from "./data-classification.js";

const DAY_MS = 86_400_000;

/**
 * Records whose retention started before this moment are due for erasure; null when the category is not
 * erased automatically (reviewed by the data protection officer).
 */
export function retentionCutoff(retention: Retention, now: Date): Date | null {
  if (retention.from === "review" || retention.days === null) return null;
  return new Date(now.getTime() - retention.days * DAY_MS);
}

/** A worker who withdrew consent to keep their file is erased after this grace period (time to change their mind). */
export const WITHDRAWN_FILE_GRACE_DAYS = 30;

export function withdrawnFileCutoff(now: Date): Date {
  return new Date(now.getTime() - WITHDRAWN_FILE_GRACE_DAYS * DAY_MS);
}

/**
 * The automatic sweeps of the retention schedule, each over the categories it erases. A worker's file is erased
 * as a whole (the same code path as an erasure on request); the other sweeps delete rows.
 */
export const RETENTION_SWEEPS = {
  worker_files: ["identity", "contact", "legal_status", "employment_history", "skills", "circumstances", "documents", "check_in"],
  consent_proofs: ["consent"],
  sessions: ["session"],
  messages: ["messages"],
  audit: ["audit"],
} as const satisfies Record<string, readonly DataCategory[]>;
export type RetentionSweep = keyof typeof RETENTION_SWEEPS;
export const RETENTION_SWEEP_NAMES = Object.keys(RETENTION_SWEEPS) as RetentionSweep[];

/** The retention of a sweep: every category it covers has the same one (checked by a test). */
export function sweepRetention(sweep: RetentionSweep): Retention {
  return DATA_CATEGORIES[RETENTION_SWEEPS[sweep][0]].retention;
}

/** The audit trail is append-only for the application: entries past their period are counted and archived by the operator. */
export function isAppliedByApplication(sweep: RetentionSweep): boolean {
  return sweep !== "audit";
}
