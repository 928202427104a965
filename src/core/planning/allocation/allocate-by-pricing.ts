// biome-ignore-all lint/style/noNonNullAssertion: offer numbers index the prices, in range by construction
import { allocate } from "./allocate.js";
import type { Allocation } from "./allocation-problem.js";
import type { ArcSource } from "./arc-source.js";
import { ArcsRead } from "./arcs-read.js";

/**
 * The season allocation of a problem too large to build, by column generation with a dual certificate: only the
 * arcs that can matter are read from the source, yet the result is optimal for the whole problem.
 *
 * 1. Each offer's best arcs are read (a few times its positions).
 * 2. The restricted problem (the arcs read) is solved exactly by `allocate`, which returns whole-number duals:
 *    value v[w] ≥ 0, price p[o] ≥ 0, v[w] + p[o] ≥ score on every arc read, Σ v + Σ positions × p = objective.
 * 3. Pricing: the source finds, offer by offer, the arcs of the whole problem that violate the duals (score >
 *    v[w] + p[o]), at most a few times the offer's positions, those gaining most (score − v[w]) first. A worker
 *    placed well elsewhere has a high v[w] and is not even looked at: the candidate index keeps only the workers
 *    valued below a class's best score minus the price (see CandidateIndex.workersGaining). Taking a few per offer
 *    matters: the first restricted problems hold few workers for the positions, so most workers are valued 0 and
 *    prices are low, and every arc violating those duals would be most of the problem.
 * 4. If pricing found violating arcs, the restricted problem, grown by them, is solved again from scratch (the
 *    auction has no warm start) and we go back to 3.
 *
 * The certificate: when pricing finds no violating arc in any offer, v and p satisfy v[w] + p[o] ≥ score on every
 * arc of the whole problem (the arcs read hold by `allocate`, the others by pricing), v ≥ 0 and p ≥ 0: they are a
 * feasible dual of the whole problem. The allocation uses arcs of the whole problem within the same positions, so
 * it is feasible there, and its objective equals the dual's (the same numbers as in the restricted problem, where
 * `allocate` proved them equal). By weak LP duality no allocation of the whole problem scores more: it is optimal.
 * checkByPricing (check-by-pricing.ts) verifies this independently.
 *
 * It ends: every arc read holds under the duals of the problem that holds it, so each arc pricing finds is new, and
 * the arcs are finitely many.
 *
 * Restricted problems used to keep only the arcs near the last duals, to solve fewer; with pricing by the duals the
 * problems stay small (0.55 million arcs at 100,000 × 10,000), and leaving arcs out cost more rounds than it saved.
 */
export async function allocateByPricing(source: ArcSource, options: PricingOptions = {}): Promise<PricedAllocation> {
  const pricedArcs = options.pricedArcs ?? defaultPricedArcs;
  const { between } = options;
  const read = new ArcsRead(source);
  await read.readBest(options.initialArcs ?? defaultInitialArcs, between && ((done, offers) => between(0, done, offers)));
  for (let round = 1; ; round++) {
    const problem = read.problem();
    const allocation = allocate(problem);
    const violated = await read.price(allocation, pricedArcs, between && ((done, offers) => between(round, done, offers)));
    const arcs = problem.arcScore.length;
    const reads = read.reads;
    options.onRound?.({ round, arcs, violated, reads });
    if (violated === 0) {
      return { ...allocation, offerPrice: withClosedOffersPriced(source, allocation.offerPrice), rounds: round, arcs, reads };
    }
  }
}

export interface PricingOptions {
  /** How many arcs to read first for an offer with this many positions (at least 1). */
  readonly initialArcs?: (positions: number) => number;
  /** At most how many violating arcs pricing adds in a round for an offer with this many positions (at least 1). */
  readonly pricedArcs?: (positions: number) => number;
  /** Called after each round's solve and pricing. */
  readonly onRound?: (round: PricingRound) => void;
  /**
   * Called after each offer read (round 0, the first reads) or priced (round 1, 2…), with the offers done of those
   * with positions: a long run lets other work through here. The solves between rounds do not pause.
   */
  readonly between?: (round: number, done: number, offers: number) => Promise<void>;
}

export interface PricingRound {
  readonly round: number;
  /** Arcs of the restricted problem just solved. */
  readonly arcs: number;
  /** Arcs pricing found violating this round's duals: 0 ends the search. */
  readonly violated: number;
  /** Reads from the source so far. */
  readonly reads: number;
}

/** An allocation optimal for the whole problem, with duals feasible for all of it, and what it took. */
export interface PricedAllocation extends Allocation {
  readonly rounds: number;
  /** Arcs of the last restricted problem solved. */
  readonly arcs: number;
  readonly reads: number;
}

/** Measured at 50,000 × 5,000 and 100,000 × 10,000 (minimum score 80): see docs/performance.md. */
function defaultInitialArcs(positions: number): number {
  return 3 * positions + 10;
}

function defaultPricedArcs(positions: number): number {
  return 2 * positions + 5;
}

/** Offers without positions were never read: the top score covers all their arcs, at no cost in the dual objective. */
function withClosedOffersPriced(source: ArcSource, offerPrice: Float64Array): Float64Array {
  const prices = Float64Array.from(offerPrice);
  source.capacities.forEach((positions, o) => {
    if (positions === 0) prices[o] = source.maxScore;
  });
  return prices;
}
