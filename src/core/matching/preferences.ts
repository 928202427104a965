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
  readonly credit: number;
  readonly reason: MatchReason;
}

/** Soft criterion: the worker's stated wishes. A preference not stated is satisfied by any offer. */
export function scorePreferences(worker: MatchWorker, offer: MatchOffer): CriterionScore {
  const sector = sectorCheck(worker, offer);
  const pay = payCheck(worker, offer);
  const accommodation = accommodationCheck(worker, offer);
  const checks = [sector, pay, accommodation].filter((check): check is PreferenceCheck => check !== undefined);
  const credit = preferencesCredit(sector?.credit, pay?.credit, accommodation?.credit);
  if (checks.length === 0) return criterionScore(credit, "preferences.noneStated", {});
  const met = checks.filter((check) => check.credit >= 1).length;
  return criterionScore(
    credit,
    "preferences.met",
    { met, total: checks.length },
    checks.map((c) => c.reason),
  );
}

/** The criterion's credit from the credits of the stated preferences (undefined when not stated). */
export function preferencesCredit(sector: number | undefined, pay: number | undefined, accommodation: number | undefined): number {
  let unmetShare = 0;
  if (sector !== undefined) unmetShare += SECTOR_PREFERENCE_SHARE * (1 - sector);
  if (pay !== undefined) unmetShare += PAY_PREFERENCE_SHARE * (1 - pay);
  if (accommodation !== undefined) unmetShare += ACCOMMODATION_PREFERENCE_SHARE * (1 - accommodation);
  return 1 - unmetShare;
}

/** Credit for the pay against the worker's minimum (undefined if none stated); `hourlyCents` null when not comparable. */
export function payPreferenceCredit(minHourlyPayCents: number | null, hourlyCents: number | null): number | undefined {
  if (minHourlyPayCents === null) return undefined;
  if (hourlyCents === null) return UNKNOWN_PAY_CREDIT;
  return hourlyCents >= minHourlyPayCents ? 1 : 0;
}

function sectorCheck(worker: MatchWorker, offer: MatchOffer): PreferenceCheck | undefined {
  if (worker.preferences.sectors.length === 0) return undefined;
  const preferred = worker.preferences.sectors.includes(offer.sector);
  return {
    credit: preferred ? 1 : 0,
    reason: preferred
      ? reason("preferences.sectorPreferred", "met", { sector: offer.sector })
      : reason("preferences.sectorNotPreferred", "missing", { sector: offer.sector }),
  };
}

function payCheck(worker: MatchWorker, offer: MatchOffer): PreferenceCheck | undefined {
  const minimum = worker.preferences.minHourlyPayCents;
  const hourly = hourlyEquivalentCents(offer);
  const credit = payPreferenceCredit(minimum, hourly);
  if (credit === undefined || minimum === null) return undefined;
  if (hourly === null) return { credit, reason: reason("preferences.payUnknown", "partial", { minHourlyPayCents: minimum }) };
  const params = { hourlyPayCents: Math.floor(hourly), minHourlyPayCents: minimum };
  return credit === 1
    ? { credit, reason: reason("preferences.payMeetsMinimum", "met", params) }
    : { credit, reason: reason("preferences.payBelowMinimum", "missing", params) };
}

function accommodationCheck(worker: MatchWorker, offer: MatchOffer): PreferenceCheck | undefined {
  if (!worker.preferences.accommodationNeeded) return undefined;
  return offer.accommodationProvided
    ? { credit: 1, reason: reason("preferences.accommodationProvided", "met") }
    : { credit: 0, reason: reason("preferences.accommodationNotProvided", "missing") };
}
