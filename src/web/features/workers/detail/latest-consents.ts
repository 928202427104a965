import { CONSENT_PURPOSES, type ConsentPurpose } from "../../../../core/reference/codes.js";
import type { ConsentRecord } from "../../../../core/workers/worker-schemas.js";

/** The latest record per purpose decides, as on the server: consent holds until it is withdrawn. */
export function latestConsents(records: readonly ConsentRecord[]): Map<ConsentPurpose, ConsentRecord | null> {
  const latest = new Map<ConsentPurpose, ConsentRecord | null>(CONSENT_PURPOSES.map((purpose) => [purpose, null]));
  const newestFirst = [...records].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  for (const record of newestFirst) {
    if (latest.get(record.purpose) === null) latest.set(record.purpose, record);
  }
  return latest;
}
