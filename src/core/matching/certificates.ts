import type { CertificateKind } from "../reference/codes.js";
import { type DayInterval, dayNumber } from "./iso-days.js";
import type { MatchCertificate, MatchOffer, MatchWorker } from "./match-inputs.js";
import type { MatchReason } from "./match-result.js";
import { reason } from "./reason.js";

/**
 * Hard rule: every required certificate is held and valid on the offer's start date. `expiresOn` is the last
 * day of validity, as on most cards. Expiry during the contract or a certificate not yet verified only warns.
 */
export function checkCertificates(worker: MatchWorker, offer: MatchOffer): MatchReason[] {
  return [...new Set(offer.requiredCertificates)].flatMap((kind) => checkCertificate(kind, worker.certificates, offer));
}

function checkCertificate(kind: CertificateKind, held: readonly MatchCertificate[], offer: MatchOffer): MatchReason[] {
  const ofKind = held.filter((c) => c.kind === kind);
  if (ofKind.length === 0) return [reason("certificate.missing", "excluded", { kind })];

  const startDay = dayNumber(offer.startDate);
  const issued = ofKind.filter((c) => certificateDays(c).from <= startDay);
  if (issued.length === 0) {
    const firstIssue = ofKind.map((c) => c.issuedOn ?? "").sort()[0] ?? "";
    return [reason("certificate.notYetIssued", "excluded", { kind, issuedOn: firstIssue, startDate: offer.startDate })];
  }
  const valid = issued.filter((c) => certificateDays(c).to >= startDay);
  const best = [...valid].sort(byLongestValidityThenVerified)[0];
  if (!best) {
    const lastExpiry =
      issued
        .map((c) => c.expiresOn ?? "")
        .sort()
        .at(-1) ?? "";
    return [reason("certificate.expired", "excluded", { kind, expiresOn: lastExpiry, startDate: offer.startDate })];
  }

  const reasons = [reason("certificate.held", "met", { kind })];
  if (best.expiresOn !== null && best.expiresOn < offer.endDate) {
    reasons.push(reason("certificate.expiresDuringOffer", "warning", { kind, expiresOn: best.expiresOn, endDate: offer.endDate }));
  }
  if (!best.verified) reasons.push(reason("certificate.unverified", "warning", { kind }));
  return reasons;
}

/** The days a certificate is valid: from its issue (always, if unknown) to its last day (forever, if none). */
export function certificateDays(c: MatchCertificate): DayInterval {
  return {
    from: c.issuedOn === null ? -Infinity : dayNumber(c.issuedOn),
    to: c.expiresOn === null ? Infinity : dayNumber(c.expiresOn),
  };
}

function byLongestValidityThenVerified(a: MatchCertificate, b: MatchCertificate): number {
  const expiry = (c: MatchCertificate) => c.expiresOn ?? "9999-12-31";
  if (expiry(a) !== expiry(b)) return expiry(a) > expiry(b) ? -1 : 1;
  return Number(b.verified) - Number(a.verified);
}
