import { type CriterionScore, criterionScore } from "./criterion-score.js";
import type { GeoPoint, MatchOffer, MatchWorker } from "./match-inputs.js";
import type { MatchReason } from "./match-result.js";
import { reason } from "./reason.js";

/** A daily commute up to this distance is as good as living next door. */
export const FULL_CREDIT_KM = 30;
/** Beyond this distance a daily commute is out of the question. */
export const ZERO_CREDIT_KM = 300;
/** Willing to relocate, or housed by the employer: distance counts only this much of its usual weight. */
export const MOBILE_DISTANCE_FACTOR = 0.4;
/** Without a location on either side, neither reward nor punish: half credit. */
export const UNKNOWN_DISTANCE_CREDIT = 0.5;

const EARTH_RADIUS_KM = 6371.0088;

const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Full credit within FULL_CREDIT_KM, falling in a straight line to none at ZERO_CREDIT_KM. */
export function commuteCredit(km: number): number {
  if (km <= FULL_CREDIT_KM) return 1;
  if (km >= ZERO_CREDIT_KM) return 0;
  return (ZERO_CREDIT_KM - km) / (ZERO_CREDIT_KM - FULL_CREDIT_KM);
}

/** Soft criterion: distance between the worker and the workplace, weighing less when the worker need not commute. */
export function scoreDistance(worker: MatchWorker, offer: MatchOffer): CriterionScore {
  const details: MatchReason[] = [];
  if (worker.willingToRelocate) details.push(reason("distance.willingToRelocate", "met"));
  else if (offer.accommodationProvided) details.push(reason("distance.accommodationProvided", "met"));
  const mobile = worker.willingToRelocate || offer.accommodationProvided;
  if (!worker.location || !offer.location) {
    return criterionScore(distanceCredit(null, mobile), "distance.unknown", {}, details);
  }
  const km = haversineKm(worker.location, offer.location);
  const shownKm = Math.round(km);
  if (km > FULL_CREDIT_KM && !mobile && !worker.ownTransport && !offer.transportProvided) {
    details.push(reason("distance.noTransport", "warning", { km: shownKm }));
  }
  return criterionScore(distanceCredit(km, mobile), "distance.km", { km: shownKm }, details);
}

/** The distance credit for a distance in km (null when a location is unknown), softened when the worker need not commute. */
export function distanceCredit(km: number | null, mobile: boolean): number {
  const credit = km === null ? UNKNOWN_DISTANCE_CREDIT : commuteCredit(km);
  return mobile ? 1 - MOBILE_DISTANCE_FACTOR * (1 - credit) : credit;
}
