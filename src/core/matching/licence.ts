import { dayNumber } from "./iso-days.js";
import type { MatchOffer, MatchWorker } from "./match-inputs.js";
import type { MatchReason } from "./match-result.js";
import { reason } from "./reason.js";

const DRIVING_LICENCE_CERTIFICATES = new Set(["driving_licence_b", "driving_licence_c"]);

/**
 * Hard rule: a driving licence when the offer requires one. A licence recorded as a certificate, valid on the
 * start date, counts too: the same fact is sometimes recorded in only one of the two places.
 */
export function checkDrivingLicence(worker: MatchWorker, offer: MatchOffer): MatchReason[] {
  if (!offer.drivingLicenceRequired) return [];
  return drivingLicenceValidUntil(worker) >= dayNumber(offer.startDate)
    ? [reason("licence.held", "met")]
    : [reason("licence.missing", "excluded")];
}

/** The last day the worker can drive for work: forever with the licence flag, -Infinity with no licence at all. */
export function drivingLicenceValidUntil(worker: Pick<MatchWorker, "drivingLicence" | "certificates">): number {
  if (worker.drivingLicence) return Infinity;
  let until = -Infinity;
  for (const c of worker.certificates) {
    if (DRIVING_LICENCE_CERTIFICATES.has(c.kind)) until = Math.max(until, c.expiresOn === null ? Infinity : dayNumber(c.expiresOn));
  }
  return until;
}
