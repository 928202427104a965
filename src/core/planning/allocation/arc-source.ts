// biome-ignore-all lint/style/noNonNullAssertion: offer numbers index the capacities and arcs their parallel arrays, in range by construction
import type { AllocationProblem } from "./allocation-problem.js";

/**
 * Where the arcs of a large allocation problem come from when they are too many to build (49 million at 100,000
 * workers × 10,000 offers with a minimum score of 80): a source answers, offer by offer, the two questions column
 * generation asks (allocate-by-pricing.ts). Workers and offers are numbered from 0 as in AllocationProblem; an arc
 * is an eligible worker–offer pair at or above the plan's minimum score, each pair at most once.
 */
export interface ArcSource {
  readonly workerCount: number;
  /** Positions of each offer; its length is the number of offers. */
  readonly capacities: Int32Array;
  /** No arc scores more (100 for match scores): the price that covers every arc of an offer without positions. */
  readonly maxScore: number;
  /** The offer's `k` best arcs, best first (fewer when it has fewer): column generation's first read. */
  bestArcs(offer: number, k: number): OfferArcs;
  /** Every arc of the offer scoring at least `floor`, in any order. */
  arcsAbove(offer: number, floor: number): OfferArcs;
  /**
   * Pricing a dual solution: made once for the workers' values (whole numbers, as allocate returns them), with
   * those of an earlier pricing when there was one, then asked offer by offer.
   */
  pricer(workerValue: Float64Array, earlierValue?: Float64Array): OfferPricer;
}

/**
 * The offer's arcs that violate the duals, scoring more than value[worker] + `price`: at most `limit` of them, those
 * gaining most (score − value[worker]) first, ties broken in a fixed order. None means the duals hold on every arc
 * of the offer. `riseBelow`, only for an offer none of whose arcs not read gained more than g under the earlier
 * values and its earlier price p′: p′ − price + g. An arc can violate the duals now only if its worker's value rose
 * by less than that (value + price < earlier value + p′ + g), and the source may look at those workers only.
 */
export type OfferPricer = (offer: number, price: number, limit: number, riseBelow?: number) => OfferArcs;

/** Arcs of one offer as parallel arrays: the worker of each and its score. */
export interface OfferArcs {
  readonly workers: Int32Array;
  readonly scores: Int32Array;
}

export const NO_ARCS: OfferArcs = { workers: new Int32Array(0), scores: new Int32Array(0) };

/** The allocation problem made of the arcs read so far, offer o's being arcsOf[o]. */
export function problemOfOfferArcs(source: ArcSource, arcsOf: readonly OfferArcs[]): AllocationProblem {
  const total = arcsOf.reduce((sum, arcs) => sum + arcs.workers.length, 0);
  const arcWorker = new Int32Array(total);
  const arcOffer = new Int32Array(total);
  const arcScore = new Int32Array(total);
  let at = 0;
  arcsOf.forEach((arcs, o) => {
    arcWorker.set(arcs.workers, at);
    arcScore.set(arcs.scores, at);
    arcOffer.fill(o, at, at + arcs.workers.length);
    at += arcs.workers.length;
  });
  return { workerCount: source.workerCount, capacities: source.capacities, arcWorker, arcOffer, arcScore };
}
