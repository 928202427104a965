import { type CriterionScore, criterionScore } from "./criterion-score.js";
import type { MatchOffer, MatchWorker } from "./match-inputs.js";
import type { MatchReason } from "./match-result.js";
import { hourlyEquivalentCents } from "./pay.js";
import { reason } from "./reason.js";

/** Shares of the preferences points; pay weighs most because it decides whether the job is worth taking. */
export const SECTOR_PREFERENCE_SHARE = 0.3;
export const PAY_PREFERENCE_SHARE = 0.4;
export const ACCOMMODATION_PREFERENCE_SHARE = 0.3;
/** Pay that cannot be compared (piece rate without productivity) earns half. */
export const UNKNOWN_PAY_CREDIT = 0.5;

interface PreferenceCheck {
  readonly share: number;
  readonly credit: number;
  readonly reason: MatchReason;
}

/** Soft criterion: the worker's stated wishes. A preference not stated is satisfied by any offer. */
export function scorePreferences(worker: MatchWorker, offer: MatchOffer): CriterionScore {
  const checks = [sectorCheck(worker, offer), payCheck(worker, offer), accommodationCheck(worker, offer)].filter(
    (check): check is PreferenceCheck => check !== undefined,
  );
  if (checks.length === 0) return criterionScore(1, "preferences.noneStated", {});
  const unmetShare = checks.reduce((sum, check) => sum + check.share * (1 - check.credit), 0);
  const met = checks.filter((check) => check.credit >= 1).length;
  return criterionScore(
    1 - unmetShare,
    "preferences.met",
    { met, total: checks.length },
    checks.map((c) => c.reason),
  );
}

function sectorCheck(worker: MatchWorker, offer: MatchOffer): PreferenceCheck | undefined {
  if (worker.preferences.sectors.length === 0) return undefined;
  const preferred = worker.preferences.sectors.includes(offer.sector);
  return {
    share: SECTOR_PREFERENCE_SHARE,
    credit: preferred ? 1 : 0,
    reason: preferred
      ? reason("preferences.sectorPreferred", "met", { sector: offer.sector })
      : reason("preferences.sectorNotPreferred", "missing", { sector: offer.sector }),
  };
}

function payCheck(worker: MatchWorker, offer: MatchOffer): PreferenceCheck | undefined {
  const minimum = worker.preferences.minHourlyPayCents;
  if (minimum === null) return undefined;
  const hourly = hourlyEquivalentCents(offer);
  if (hourly === null) {
    return {
      share: PAY_PREFERENCE_SHARE,
      credit: UNKNOWN_PAY_CREDIT,
      reason: reason("preferences.payUnknown", "partial", { minHourlyPayCents: minimum }),
    };
  }
  const params = { hourlyPayCents: Math.floor(hourly), minHourlyPayCents: minimum };
  return hourly >= minimum
    ? { share: PAY_PREFERENCE_SHARE, credit: 1, reason: reason("preferences.payMeetsMinimum", "met", params) }
    : { share: PAY_PREFERENCE_SHARE, credit: 0, reason: reason("preferences.payBelowMinimum", "missing", params) };
}

function accommodationCheck(worker: MatchWorker, offer: MatchOffer): PreferenceCheck | undefined {
  if (!worker.preferences.accommodationNeeded) return undefined;
  return offer.accommodationProvided
    ? { share: ACCOMMODATION_PREFERENCE_SHARE, credit: 1, reason: reason("preferences.accommodationProvided", "met") }
    : { share: ACCOMMODATION_PREFERENCE_SHARE, credit: 0, reason: reason("preferences.accommodationNotProvided", "missing") };
}
