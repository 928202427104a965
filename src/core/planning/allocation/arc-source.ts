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
  /**
   * The offer's `k` best arcs among those scoring at least `floor`, best first (fewer when it has fewer). Ties are
   * broken in a fixed order, the same from call to call, so a call with a larger k or a lower floor returns every
   * arc at or above its floor that a smaller call returned.
   */
  bestArcs(offer: number, k: number, floor: number): OfferArcs;
  /** Every arc of the offer scoring at least `floor`, in any order. */
  arcsAbove(offer: number, floor: number): OfferArcs;
}

/** Arcs of one offer as parallel arrays: the worker of each and its score. */
export interface OfferArcs {
  readonly workers: Int32Array;
  readonly scores: Int32Array;
}

export const NO_ARCS: OfferArcs = { workers: new Int32Array(0), scores: new Int32Array(0) };

/**
 * The allocation problem made of the arcs read so far, offer o's being arcsOf[o]; with `keep`, only the arcs it
 * keeps (called with the offer, worker and score of each).
 */
export function problemOfOfferArcs(
  source: ArcSource,
  arcsOf: readonly OfferArcs[],
  keep?: (offer: number, worker: number, score: number) => boolean,
): AllocationProblem {
  let total = 0;
  arcsOf.forEach((arcs, o) => {
    if (!keep) total += arcs.workers.length;
    else for (let i = 0; i < arcs.workers.length; i++) if (keep(o, arcs.workers[i]!, arcs.scores[i]!)) total++;
  });
  const arcWorker = new Int32Array(total);
  const arcOffer = new Int32Array(total);
  const arcScore = new Int32Array(total);
  let at = 0;
  arcsOf.forEach((arcs, o) => {
    for (let i = 0; i < arcs.workers.length; i++) {
      if (keep && !keep(o, arcs.workers[i]!, arcs.scores[i]!)) continue;
      arcWorker[at] = arcs.workers[i]!;
      arcOffer[at] = o;
      arcScore[at++] = arcs.scores[i]!;
    }
  });
  return { workerCount: source.workerCount, capacities: source.capacities, arcWorker, arcOffer, arcScore };
}
