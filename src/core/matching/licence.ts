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
  const asCertificate = worker.certificates.some(
    (c) => DRIVING_LICENCE_CERTIFICATES.has(c.kind) && (c.expiresOn === null || c.expiresOn >= offer.startDate),
  );
  return worker.drivingLicence || asCertificate ? [reason("licence.held", "met")] : [reason("licence.missing", "excluded")];
}
