import type { CandidateIndex, EligibleWorkers } from "../../matching/index/candidate-index.js";
import { WorkerValues } from "../../matching/index/worker-values.js";
import { SOFT_CRITERION_WEIGHTS } from "../../matching/weights.js";
import type { ArcSource, OfferArcs } from "./arc-source.js";

/** An allocation problem over workers and offers held in a candidate index, numbered by their place in these lists. */
export interface IndexedProblem {
  readonly workerIds: readonly string[];
  readonly offerIds: readonly string[];
  /** Positions of each offer, in the order of offerIds. */
  readonly capacities: Int32Array;
  /** Eligible pairs scoring less are no arcs. */
  readonly minScore: number;
}

/** All points of a match: no arc scores more. */
const MAX_SCORE = Object.values(SOFT_CRITERION_WEIGHTS).reduce((sum, weight) => sum + weight, 0);

/**
 * The arcs of the problem (eligible pairs scoring at least its minimum) read on demand from the index, for column
 * generation (allocateByPricing): bestArcs is bestWorkers (ties by worker id), arcsAbove is eligibleAbove, the pricer
 * workersGaining with the values put in bitsets once per dual solution. The index holds the problem's workers and
 * no others (its offers may be more).
 */
export function indexArcSource(index: CandidateIndex, problem: IndexedProblem): ArcSource {
  const workerOfSlot = workerOfIndexSlot(index, problem.workerIds);
  const { offerIds, minScore } = problem;
  if (index.workerCount !== problem.workerIds.length || workerOfSlot.filter((w) => w >= 0).length !== index.workerCount) {
    throw new RangeError("the index must hold the problem's workers and no others");
  }
  const asArcs = ({ slots, scores }: EligibleWorkers): OfferArcs => ({
    workers: slots.map((slot) => workerOfSlot[slot] as number),
    scores,
  });
  const offerId = (offer: number) => offerIds[offer] as string;
  return {
    workerCount: problem.workerIds.length,
    capacities: problem.capacities,
    maxScore: MAX_SCORE,
    bestArcs: (offer, k) => asArcs(index.bestWorkers(offerId(offer), { k, minScore })),
    arcsAbove: (offer, floor) => asArcs(index.eligibleAbove(offerId(offer), Math.max(minScore, floor))),
    pricer: (workerValue, earlierValue) => {
      // A free slot gains nothing: its value is +Infinity.
      const bySlot = (values: Float64Array) =>
        Float64Array.from(workerOfSlot, (w) => (w < 0 ? Number.POSITIVE_INFINITY : (values[w] as number)));
      const values = new WorkerValues(bySlot(workerValue), MAX_SCORE, earlierValue && bySlot(earlierValue));
      return (offer, price, limit, riseBelow) =>
        asArcs(index.workersGaining(offerId(offer), values, price, { k: limit, minScore, riseBelow }));
    },
  };
}

/** The problem's number of the worker in each index slot, −1 for a free slot (or a worker not in the list). */
export function workerOfIndexSlot(index: CandidateIndex, workerIds: readonly string[]): Int32Array {
  const workerOfSlot = new Int32Array(index.workerSlotExtent).fill(-1);
  workerIds.forEach((id, w) => {
    const slot = index.workerSlotOf(id);
    if (slot !== undefined) workerOfSlot[slot] = w;
  });
  return workerOfSlot;
}
