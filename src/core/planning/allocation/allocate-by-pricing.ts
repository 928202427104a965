// biome-ignore-all lint/style/noNonNullAssertion: typed-array indices here are in range by construction (offers, arcs read from the source)
import { allocate } from "./allocate.js";
import { type ArcSource, NO_ARCS, type OfferArcs, problemOfOfferArcs } from "./arc-source.js";
import type { Allocation } from "./allocation-problem.js";

/**
 * The season allocation of a problem too large to build, by column generation with a dual certificate: only the
 * arcs that can matter are read from the source, yet the result is optimal for the whole problem.
 *
 * 1. Each offer's best arcs are read (ArcSource.bestArcs, a few times its positions).
 * 2. The restricted problem is solved exactly by `allocate`, which returns whole-number duals: value v[w] ≥ 0,
 *    price p[o] ≥ 0, v[w] + p[o] ≥ score on every arc read, and Σ v + Σ positions × p = the objective.
 * 3. Pricing: an arc of the whole problem violates the duals only if score > v[w] + p[o] ≥ p[o], so only arcs
 *    scoring at least p[o] + 1 need looking at. For each offer we know a floor above which every one of its arcs
 *    has been read (`complete`): after bestArcs, one more than the k-th score (any arc scoring more ranks above
 *    it), or 0 when the offer had fewer than k; after arcsAbove(o, f), f. An offer with p[o] + 1 ≥ complete[o]
 *    needs no reading: its arcs at or above p[o] + 1 are all in the restricted problem, hence satisfied. The
 *    others read arcsAbove(o, p[o] + 1), which holds every arc read before, and replace their arcs with it.
 * 4. If a read arc violates the duals, the larger restricted problem is solved again from scratch (the auction has
 *    no warm start; the restricted problems are small, so a solve is cheap next to the reads) and we go back to 3.
 *
 * The certificate: when pricing finds no violated arc, v and p satisfy v[w] + p[o] ≥ score on every arc of the
 * whole problem (arcs read are checked or were in the solve, arcs never read score at most p[o]), v ≥ 0 and
 * p ≥ 0: they are a feasible dual of the whole problem. The allocation uses arcs of the whole problem within the
 * same positions, so it is feasible there, and its objective equals the dual's objective (the same numbers as in
 * the restricted problem, where `allocate` proved them equal). By weak LP duality no allocation of the whole
 * problem scores more: it is optimal. checkByPricing (check-by-pricing.ts) verifies this independently.
 *
 * It ends: every round that finds a violation has read some offer, and each read lowers that offer's `complete`
 * floor, which never goes below 1.
 */
export function allocateByPricing(source: ArcSource, options: PricingOptions = {}): PricedAllocation {
  const initialArcs = options.initialArcs ?? defaultInitialArcs;
  const { capacities } = source;
  const offerCount = capacities.length;
  const arcsOf: OfferArcs[] = [];
  const complete = new Int32Array(offerCount);
  let reads = 0;
  for (let o = 0; o < offerCount; o++) {
    if (capacities[o]! === 0) {
      arcsOf.push(NO_ARCS); // priced at maxScore below: nobody can be placed there, and the price costs nothing
      continue;
    }
    const k = Math.max(1, Math.ceil(initialArcs(capacities[o]!)));
    const best = source.bestArcs(o, k);
    reads++;
    arcsOf.push(best);
    complete[o] = best.scores.length < k ? 0 : best.scores[k - 1]! + 1;
  }
  for (let round = 1; ; round++) {
    const problem = problemOfOfferArcs(source, arcsOf);
    const allocation = allocate(problem);
    const { workerValue, offerPrice } = allocation;
    let violated = 0;
    for (let o = 0; o < offerCount; o++) {
      const floor = offerPrice[o]! + 1;
      if (capacities[o]! === 0 || floor >= complete[o]!) continue;
      const arcs = source.arcsAbove(o, floor);
      reads++;
      arcsOf[o] = arcs;
      complete[o] = floor;
      for (let i = 0; i < arcs.workers.length; i++) if (arcs.scores[i]! > workerValue[arcs.workers[i]!]! + offerPrice[o]!) violated++;
    }
    const arcs = problem.arcScore.length;
    options.onRound?.({ round, arcs, violated, reads });
    if (violated === 0) return { ...allocation, offerPrice: withClosedOffersPriced(source, offerPrice), rounds: round, arcs, reads };
  }
}

export interface PricingOptions {
  /** How many arcs to read first for an offer with this many positions (at least 1). */
  readonly initialArcs?: (positions: number) => number;
  /** Called after each round's solve and pricing. */
  readonly onRound?: (round: PricingRound) => void;
}

export interface PricingRound {
  readonly round: number;
  /** Arcs of the restricted problem just solved. */
  readonly arcs: number;
  /** Arcs read in this round's pricing that violate the duals: 0 ends the search. */
  readonly violated: number;
  /** Reads from the source so far (bestArcs and arcsAbove calls). */
  readonly reads: number;
}

/** An allocation optimal for the whole problem, with duals feasible for all of it, and what it took. */
export interface PricedAllocation extends Allocation {
  readonly rounds: number;
  /** Arcs of the last restricted problem solved. */
  readonly arcs: number;
  readonly reads: number;
}

/**
 * Three times the positions plus ten. Measured on the bench's network at 20,000 × 2,000 (minimum score 80):
 * TODO measure
 */
function defaultInitialArcs(positions: number): number {
  return 3 * positions + 10;
}

/** Offers without positions were never read: the top score covers all their arcs, at no cost in the dual objective. */
function withClosedOffersPriced(source: ArcSource, offerPrice: Float64Array): Float64Array {
  const prices = Float64Array.from(offerPrice);
  source.capacities.forEach((positions, o) => {
    if (positions === 0) prices[o] = source.maxScore;
  });
  return prices;
}
