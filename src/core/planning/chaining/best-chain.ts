// biome-ignore-all lint/style/noNonNullAssertion: typed arrays indexed inside their bounds in hot loops; a default would hide a bug as a zero
import { canFollow } from "./chain-rules.js";
import type { ChainingIndex } from "./chaining-index.js";

/** A worker's chain and what it is worth, compared in this order: more days employed, less travel, higher score. */
export interface ChainChoice {
  /** Offers in the order they are worked. */
  readonly offers: Int32Array;
  readonly days: number;
  readonly km: number;
  readonly score: number;
}

export const EMPTY_CHAIN: ChainChoice = { offers: new Int32Array(0), days: 0, km: 0, score: 0 };

/** Whether a chain worth (days, km, score) beats one worth (otherDays, otherKm, otherScore). */
export function isBetter(days: number, km: number, score: number, otherDays: number, otherKm: number, otherScore: number): boolean {
  if (days !== otherDays) return days > otherDays;
  if (km !== otherKm) return km < otherKm;
  return score > otherScore;
}

// Scratch space reused between calls (the search runs millions of times in a network plan); grown when needed.
// bestDays is -1 for an arc that cannot be used (its offer is full); bestUpTo[i] is the most of bestDays[0..i].
let bestDays = new Int32Array(64);
let bestUpTo = new Int32Array(64);
let bestKm = new Float64Array(64);
let bestScore = new Int32Array(64);
let previous = new Int32Array(64);

function ensureScratch(size: number): void {
  if (bestDays.length >= size) return;
  bestDays = new Int32Array(size);
  bestUpTo = new Int32Array(size);
  bestKm = new Float64Array(size);
  bestScore = new Int32Array(size);
  previous = new Int32Array(size);
}

/**
 * The best chain for one worker among their arcs whose offer has a free position (`free[offer] > 0`; all of them
 * when `free` is null): most days employed, then least travel, then the highest total score. Exact: weighted
 * interval scheduling by dynamic programming over the arcs sorted by the offer's last day, where the best chain
 * ending with a job extends the best chain ending with any job it can follow (the three criteria add up along a
 * chain, so the best extension of a best prefix is best). O(m²) for a worker with m arcs, with distances only
 * worked out for the few pairs that can still win. The arcs a job can follow are a prefix of the worker's arcs
 * (sorted by last day), worked out once in the index.
 */
export function bestChain(index: ChainingIndex, worker: number, free: Int32Array | null): ChainChoice {
  const { firstArc, arcOffer, arcStart, arcEnd, arcDays, arcHomeKm, arcScore, arcFollows, arcSurelyFollows, legs } = index;
  const first = firstArc[worker]!;
  const count = firstArc[worker + 1]! - first;
  ensureScratch(count);
  let last = -1;
  for (let i = 0; i < count; i++) {
    const arc = first + i;
    if (free !== null && free[arcOffer[arc]!]! <= 0) {
      bestDays[i] = -1;
      bestUpTo[i] = i > 0 ? bestUpTo[i - 1]! : -1;
      continue;
    }
    const start = arcStart[arc]!;
    const offer = arcOffer[arc]!;
    let days = arcDays[arc]!;
    let km = arcHomeKm[arc]!;
    let score = arcScore[arc]!;
    let from = -1;
    // The best chain among those this job surely can follow (whatever the distance) sets how many days a chain
    // through it reaches at least, so the (costly) distance is only worked out for predecessors that could match it.
    const surely = arcSurelyFollows[arc]! > 0 ? bestUpTo[arcSurelyFollows[arc]! - 1]! : 0;
    const follows = arcFollows[arc]!;
    for (let j = 0; j < follows; j++) {
      if (bestDays[j]! < surely || bestDays[j]! < 0) continue;
      const chainDays = bestDays[j]! + arcDays[arc]!;
      // Fewer days, or as many with more kilometres before even moving: cannot win, whatever the move costs.
      if (chainDays < days || (chainDays === days && bestKm[j]! > km)) continue;
      const leg = legs.between(arcOffer[first + j]!, offer);
      if (!canFollow(arcEnd[first + j]!, start, leg)) continue;
      const chainKm = bestKm[j]! + leg;
      const chainScore = bestScore[j]! + arcScore[arc]!;
      if (isBetter(chainDays, chainKm, chainScore, days, km, score)) {
        days = chainDays;
        km = chainKm;
        score = chainScore;
        from = j;
      }
    }
    bestDays[i] = days;
    bestUpTo[i] = i > 0 ? Math.max(bestUpTo[i - 1]!, days) : days;
    bestKm[i] = km;
    bestScore[i] = score;
    previous[i] = from;
    if (last < 0 || isBetter(days, km, score, bestDays[last]!, bestKm[last]!, bestScore[last]!)) last = i;
  }
  if (last < 0) return EMPTY_CHAIN;
  let length = 0;
  for (let i = last; i >= 0; i = previous[i]!) length++;
  const offers = new Int32Array(length);
  for (let i = last, at = length - 1; i >= 0; i = previous[i]!, at--) offers[at] = arcOffer[first + i]!;
  return { offers, days: bestDays[last]!, km: bestKm[last]!, score: bestScore[last]! };
}
