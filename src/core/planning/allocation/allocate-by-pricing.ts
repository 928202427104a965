// biome-ignore-all lint/style/noNonNullAssertion: offer numbers index the prices, in range by construction
import { allocate } from "./allocate.js";
import type { Allocation } from "./allocation-problem.js";
import type { ArcSource } from "./arc-source.js";
import { ArcsRead, type Duals } from "./arcs-read.js";

/**
 * The season allocation of a problem too large to build, by column generation with a dual certificate: only the
 * arcs that can matter are read from the source, yet the result is optimal for the whole problem.
 *
 * 1. Each offer's best arcs are read (a few times its positions).
 * 2. The restricted problem (the arcs read) is solved exactly by `allocate`, which returns whole-number duals:
 *    value v[w] ≥ 0, price p[o] ≥ 0, v[w] + p[o] ≥ score on every arc read, Σ v + Σ positions × p = objective.
 * 3. Pricing: an arc of the whole problem violates the duals only if score > v[w] + p[o] ≥ p[o], so only arcs
 *    scoring more than p[o] need looking at. An offer whose arcs above p[o] have all been read is priced (ArcsRead
 *    knows from which score an offer's arcs are complete). Any other offer reads deeper: growth times more of its
 *    best arcs, at or above p[o] + 1, counting those that violate the duals. Reading deeper rather than every arc
 *    above p[o] at once matters: the first restricted problems hold few workers for the positions, so their prices
 *    are low, and reading all arcs above them would read most of the problem.
 * 4. If some arc read violates the duals, a restricted problem is solved again from scratch (the auction has no
 *    warm start) and we go back to 3. It holds only the arcs read that score at least value[w] + price[o] − slack
 *    under the last duals: the arcs the last allocation uses (score = v[w] + p[o]), those violating the duals, and
 *    those near them; an arc far above its duals is unlikely to matter, and leaving it out makes the solve cheaper
 *    (at 100,000 × 10,000, 10 million arcs read, about a million within 2 points). The arcs left out are checked
 *    against the new duals, and any that violates them counts as a violation of the round. If none does but some
 *    offers are not priced yet, they read deeper again with the same duals (these are still optimal for the
 *    restricted problem, grown only by arcs they satisfy).
 *
 * The certificate: when every offer is priced and no arc read violates the duals, v and p satisfy
 * v[w] + p[o] ≥ score on every arc of the whole problem (the arcs read were solved or checked, the arcs never read
 * score at most p[o]), v ≥ 0 and p ≥ 0: they are a feasible dual of the whole problem. The allocation uses arcs of
 * the whole problem within the same positions, so it is feasible there, and its objective equals the dual's (the
 * same numbers as in the restricted problem, where `allocate` proved them equal). By weak LP duality no allocation
 * of the whole problem scores more: it is optimal. checkByPricing (check-by-pricing.ts) verifies this independently.
 *
 * It ends: each read either lowers the offer's complete score or returns more arcs than the offer had read above its
 * floor, so it adds an arc; both can happen only finitely often. Once every offer is read as deep as it will be,
 * a round solves every arc the last allocation uses, so the objective never falls; leaving arcs out could still
 * bring the same ones back round after round without it rising, so from round KEEP_EVERY_ARC_FROM_ROUND on every
 * arc read is kept, and a round then only ends the search or adds arcs.
 */
export function allocateByPricing(source: ArcSource, options: PricingOptions = {}): PricedAllocation {
  const growth = options.growth ?? DEFAULT_GROWTH;
  // A read must ask for more arcs than the last one, or a round could read the same arcs again forever.
  if (!Number.isInteger(growth) || growth < 2) throw new RangeError(`growth must be a whole number ≥ 2, got ${growth}`);
  const slack = options.slack ?? DEFAULT_SLACK;
  if (!(slack >= 0)) throw new RangeError(`slack must be ≥ 0, got ${slack}`);
  const read = new ArcsRead(source, options.initialArcs ?? defaultInitialArcs);
  const offerCount = source.capacities.length;
  let duals: Duals | undefined;
  for (let round = 1; ; round++) {
    const leavingOut = round < KEEP_EVERY_ARC_FROM_ROUND ? duals : undefined;
    const problem = read.problem(leavingOut, slack);
    const allocation = allocate(problem);
    duals = allocation;
    const { workerValue, offerPrice } = allocation;
    // Arcs left out of this problem were checked only against the last duals; the arcs solved hold (allocate).
    let violated = leavingOut ? read.violations(allocation) : 0;
    for (let pricing = violated === 0; pricing && violated === 0; ) {
      pricing = false;
      for (let o = 0; o < offerCount; o++) {
        if (read.isPricedAt(o, offerPrice[o]!)) continue;
        pricing = true;
        violated += read.deepen(o, offerPrice[o]!, growth, workerValue);
      }
    }
    const arcs = problem.arcScore.length;
    const reads = read.reads;
    options.onRound?.({ round, arcs, violated, reads });
    if (violated === 0) return { ...allocation, offerPrice: withClosedOffersPriced(source, offerPrice), rounds: round, arcs, reads };
  }
}

export interface PricingOptions {
  /** How many arcs to read first for an offer with this many positions (at least 1). */
  readonly initialArcs?: (positions: number) => number;
  /** How many times more arcs an offer reads each time it reads deeper (at least 2). */
  readonly growth?: number;
  /**
   * From the second round on, the restricted problem holds only the arcs read within this many points of the last
   * duals (see step 4); Infinity keeps every arc read.
   */
  readonly slack?: number;
  /** Called after each round's solve and pricing. */
  readonly onRound?: (round: PricingRound) => void;
}

export interface PricingRound {
  readonly round: number;
  /** Arcs of the restricted problem just solved. */
  readonly arcs: number;
  /** Arcs read, before or in this round's pricing, that violate this round's duals: 0 ends the search. */
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

/**
 * The defaults are tuned for a source whose reads cost about the same whatever k (the candidate index today: a
 * read of the 10 best costs 7 ms, of the 2,560 best 12 ms at 20,000 workers), so fewer, larger reads win. On the
 * bench's network at 20,000 × 2,000 (minimum score 80, 2.0 million arcs), all giving the full solve's objective:
 * 3 × positions + 10 read 4,676 times in 5 rounds; 10 × positions + 50 and growth 8, 3,060 reads in 3 rounds;
 * 30 × positions + 150 and growth 8, 2,306 reads (2,000 of them the first) and 0.59 million arcs in 3 rounds.
 * At 100,000 × 10,000, with restricted problems kept within 2 points of the duals (one run each, back to back):
 * growth 3, 17,245 reads in 8 rounds, 105 s; growth 8, 15,681 reads in 7 rounds, 116 s (a read of the 2,640 best
 * costs about 9 ms, of the 990 best about 6); growth 2, 19,637 reads in 10 rounds, 124 s; 15 × positions + 75 and
 * growth 3, over 21,000 reads and still not done at 106 s.
 */
const DEFAULT_GROWTH = 3;

/** Measured at 100,000 × 10,000 (minimum score 80): see docs/performance.md. */
const DEFAULT_SLACK = 2;

/** Rounds that leave arcs out before every arc read is kept (see "It ends"). */
const KEEP_EVERY_ARC_FROM_ROUND = 12;

function defaultInitialArcs(positions: number): number {
  return 30 * positions + 150;
}

/** Offers without positions were never read: the top score covers all their arcs, at no cost in the dual objective. */
function withClosedOffersPriced(source: ArcSource, offerPrice: Float64Array): Float64Array {
  const prices = Float64Array.from(offerPrice);
  source.capacities.forEach((positions, o) => {
    if (positions === 0) prices[o] = source.maxScore;
  });
  return prices;
}
