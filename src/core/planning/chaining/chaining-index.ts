// biome-ignore-all lint/style/noNonNullAssertion: typed arrays indexed inside their bounds in hot loops; a default would hide a bug as a zero
import type { GeoPoint } from "../../matching/match-inputs.js";
import { availableDays, availableWindows, employedDays, legKm, travelDays } from "./chain-rules.js";
import type { ChainingProblem } from "./chaining-problem.js";
import { LegCache } from "./leg-cache.js";

/**
 * The problem laid out for chaining many workers fast: each worker's usable arcs side by side in typed arrays,
 * sorted by the offer's last day (the order the chain search needs), with what each arc is worth worked out once.
 * Arcs worth no employed day (the job falls outside the worker's availability or the season) are left out: holding
 * them would only take a position from someone else.
 */
export interface ChainingIndex {
  readonly problem: ChainingProblem;
  readonly offerStart: Int32Array;
  readonly offerEnd: Int32Array;
  readonly offerLocation: readonly (GeoPoint | null)[];
  /** The arcs of worker w are positions firstArc[w] to firstArc[w + 1] - 1 of the arrays below. */
  readonly firstArc: Int32Array;
  readonly arcOffer: Int32Array;
  /** The offer's first and last days, beside it for a fast search. */
  readonly arcStart: Int32Array;
  readonly arcEnd: Int32Array;
  /**
   * How many of the worker's arcs (from their first) end before this one starts: the jobs it might follow. Of those,
   * the first arcSurelyFollows end early enough to be followed whatever the distance: before the longest move
   * between any two sites could start.
   */
  readonly arcFollows: Int32Array;
  readonly arcSurelyFollows: Int32Array;
  /** Days employed if the worker holds the offer. */
  readonly arcDays: Int32Array;
  /** Kilometres from the worker's home to the offer's site: the first move of a chain. */
  readonly arcHomeKm: Float64Array;
  readonly arcScore: Int32Array;
  /** Kilometres between two offers' sites (legKm, remembered). */
  readonly legs: LegCache;
  /** Available days of each worker inside the season. */
  readonly availableDays: Int32Array;
  /** The most arcs any worker has: the size of the chain search's scratch space. */
  readonly maxArcs: number;
}

export function chainingIndex(problem: ChainingProblem): ChainingIndex {
  const { workers, offers, season } = problem;
  const offerStart = Int32Array.from(offers, (offer) => offer.startDay);
  const offerEnd = Int32Array.from(offers, (offer) => offer.endDay);
  const offerLocation = offers.map((offer) => offer.location);
  const windows = workers.map((worker) => availableWindows(worker.availability, season));

  // Counting sorts, stable: arcs by the offer's rank in (end, start) order, then by worker.
  const offerOrder = Array.from(offers.keys()).sort((a, b) => offerEnd[a]! - offerEnd[b]! || offerStart[a]! - offerStart[b]!);
  const offerRank = new Int32Array(offers.length);
  offerOrder.forEach((offer, rank) => {
    offerRank[offer] = rank;
  });
  const days = new Int32Array(problem.arcWorker.length);
  const byRank = new Int32Array(offers.length + 1);
  const byWorker = new Int32Array(workers.length + 1);
  for (let arc = 0; arc < days.length; arc++) {
    const worker = problem.arcWorker[arc]!;
    const offer = problem.arcOffer[arc]!;
    days[arc] = employedDays(offerStart[offer]!, offerEnd[offer]!, windows[worker]!);
    if (days[arc]! > 0) {
      byRank[offerRank[offer]! + 1]!++;
      byWorker[worker + 1]!++;
    }
  }
  for (let i = 1; i < byRank.length; i++) byRank[i]! += byRank[i - 1]!;
  for (let i = 1; i < byWorker.length; i++) byWorker[i]! += byWorker[i - 1]!;
  const firstArc = byWorker.slice();
  const used = byRank[offers.length]!;
  const rankSorted = new Int32Array(used);
  for (let arc = 0; arc < days.length; arc++) {
    if (days[arc]! > 0) rankSorted[byRank[offerRank[problem.arcOffer[arc]!]!]!++] = arc;
  }
  const arcOffer = new Int32Array(used);
  const arcDays = new Int32Array(used);
  const arcHomeKm = new Float64Array(used);
  const arcScore = new Int32Array(used);
  for (const arc of rankSorted) {
    const worker = problem.arcWorker[arc]!;
    const offer = problem.arcOffer[arc]!;
    const slot = byWorker[worker]!++;
    arcOffer[slot] = offer;
    arcDays[slot] = days[arc]!;
    arcHomeKm[slot] = legKm(workers[worker]!.location, offerLocation[offer]!);
    arcScore[slot] = problem.arcScore[arc]!;
  }
  const arcStart = Int32Array.from(arcOffer, (offer) => offerStart[offer]!);
  const arcEnd = Int32Array.from(arcOffer, (offer) => offerEnd[offer]!);
  const maxTravelDays = travelDays(longestLegBound(offerLocation));
  const arcFollows = new Int32Array(used);
  const arcSurelyFollows = new Int32Array(used);
  let maxArcs = 0;
  for (let w = 0; w < workers.length; w++) {
    const from = firstArc[w]!;
    const to = firstArc[w + 1]!;
    maxArcs = Math.max(maxArcs, to - from);
    for (let arc = from; arc < to; arc++) {
      arcFollows[arc] = endingBefore(arcEnd, from, to, arcStart[arc]!) - from;
      arcSurelyFollows[arc] = endingBefore(arcEnd, from, to, arcStart[arc]! - maxTravelDays) - from;
    }
  }
  return {
    problem,
    offerStart,
    offerEnd,
    offerLocation,
    firstArc,
    arcOffer,
    arcStart,
    arcEnd,
    arcFollows,
    arcSurelyFollows,
    arcDays,
    arcHomeKm,
    arcScore,
    legs: new LegCache(offerLocation, used),
    availableDays: Int32Array.from(windows, availableDays),
    maxArcs,
  };
}

/** The first position in sorted `ends[from..to)` whose value is not below `day` (binary search). */
function endingBefore(ends: Int32Array, from: number, to: number, day: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ends[middle]! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * At least the longest distance between two of the sites, from one pass over them: by the triangle inequality no
 * two sites are further apart than twice the furthest one is from their mean point (plus a kilometre for rounding).
 */
function longestLegBound(locations: readonly (GeoPoint | null)[]): number {
  const known = locations.filter((location) => location !== null);
  if (known.length === 0) return 0;
  const centre = {
    lat: known.reduce((sum, location) => sum + location.lat, 0) / known.length,
    lon: known.reduce((sum, location) => sum + location.lon, 0) / known.length,
  };
  let furthest = 0;
  for (const location of known) furthest = Math.max(furthest, legKm(centre, location));
  return 2 * furthest + 1;
}

/** Free positions of every offer when nobody holds any. */
export function fullCapacity(problem: ChainingProblem): Int32Array {
  return Int32Array.from(problem.offers, (offer) => Math.max(0, offer.capacity));
}
