import type { PermitStatus, WorkerInput } from "./worker-schemas.js";

/** A permit that ends within this many days is "expiring": the centre should act before it lapses. */
export const PERMIT_EXPIRY_WARNING_DAYS = 60;

export interface PermitValidity {
  /** Latest end date of an authorisation that allows work; null when none, or when one is open-ended. */
  validUntil: string | null;
  openEnded: boolean;
}

/** Summarises a worker's authorisations into what list filters need. */
export function permitValidity(authorisations: WorkerInput["authorisations"]): PermitValidity {
  const allowing = authorisations.filter((a) => a.workAllowed);
  if (allowing.some((a) => a.validUntil === null)) return { validUntil: null, openEnded: true };
  const ends = allowing
    .map((a) => a.validUntil)
    .filter((d): d is string => d !== null)
    .sort();
  return { validUntil: ends.at(-1) ?? null, openEnded: false };
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function permitStatus(validity: PermitValidity, today: string): PermitStatus {
  if (validity.openEnded) return "valid";
  if (validity.validUntil === null) return "none";
  if (validity.validUntil < today) return "expired";
  return validity.validUntil <= addDays(today, PERMIT_EXPIRY_WARNING_DAYS) ? "expiring" : "valid";
}
