// The synthetic network put into a CandidateIndex, and the eligible pairs above a minimum score read from it as
// the arcs of an allocation (and chaining) problem, worker and offer numbers being positions in the network: all of
// them at once (eligibleArcs), or offer by offer on demand (indexArcSource, for column generation).
import { CandidateIndex, type EligibleWorkers } from "../../src/core/matching/index/candidate-index.js";
import { WorkerValues } from "../../src/core/matching/index/worker-values.js";
import { SOFT_CRITERION_WEIGHTS } from "../../src/core/matching/weights.js";
import type { ArcSource, OfferArcs } from "../../src/core/planning/allocation/arc-source.js";
import type { SyntheticNetwork } from "./synthetic.js";

export function indexNetwork(network: SyntheticNetwork): CandidateIndex {
  const index = new CandidateIndex(network.context);
  for (const { worker, centreId } of network.workers) index.upsertWorker(worker, { centreId });
  for (const { offer, centreId } of network.offers) index.upsertOffer(offer, { centreId });
  return index;
}

export interface Arcs {
  readonly arcWorker: Int32Array;
  readonly arcOffer: Int32Array;
  readonly arcScore: Int32Array;
}

/** Every eligible pair scoring at least `minScore`, offer by offer (eligibleAbove), as parallel arrays. */
export function eligibleArcs(index: CandidateIndex, network: SyntheticNetwork, minScore: number, log?: (line: string) => void): Arcs {
  const workerOfSlot = workersBySlot(index, network);
  const tenth = Math.max(1, Math.ceil(network.offers.length / 10));
  const parts = network.offers.map(({ offer }, o) => {
    if (o > 0 && o % tenth === 0) log?.(`arcs: ${o} of ${network.offers.length} offers read`);
    return index.eligibleAbove(offer.id, minScore);
  });
  const total = parts.reduce((sum, part) => sum + part.slots.length, 0);
  const arcs = { arcWorker: new Int32Array(total), arcOffer: new Int32Array(total), arcScore: new Int32Array(total) };
  let at = 0;
  parts.forEach((part, o) => {
    for (let i = 0; i < part.slots.length; i++, at++) {
      arcs.arcWorker[at] = workerOfSlot[part.slots[i] as number] as number;
      arcs.arcOffer[at] = o;
      arcs.arcScore[at] = part.scores[i] as number;
    }
  });
  return arcs;
}

/**
 * The arcs of the network's allocation problem (eligible pairs scoring at least `minScore`) read on demand from the
 * index: bestArcs is bestWorkers (ties by worker id), arcsAbove is eligibleAbove, the
 * pricer workersGaining with the values put in bitsets once per dual solution.
 */
export function indexArcSource(index: CandidateIndex, network: SyntheticNetwork, minScore: number): ArcSource {
  const workerOfSlot = workersBySlot(index, network);
  const offerIds = network.offers.map(({ offer }) => offer.id);
  const maxScore = Object.values(SOFT_CRITERION_WEIGHTS).reduce((sum, weight) => sum + weight, 0); // all points of a match
  const asArcs = ({ slots, scores }: EligibleWorkers): OfferArcs => ({
    workers: slots.map((slot) => workerOfSlot[slot] as number),
    scores,
  });
  return {
    workerCount: network.workers.length,
    capacities: Int32Array.from(network.offers, ({ positions }) => positions),
    maxScore,
    bestArcs: (offer, k) => asArcs(index.bestWorkers(offerIds[offer] as string, { k, minScore })),
    arcsAbove: (offer, floor) => asArcs(index.eligibleAbove(offerIds[offer] as string, Math.max(minScore, floor))),
    pricer: (workerValue, earlierValue) => {
      const bySlot = (values: Float64Array) =>
        Float64Array.from(workerOfSlot, (w) => (w < 0 ? Number.POSITIVE_INFINITY : (values[w] as number)));
      const values = new WorkerValues(bySlot(workerValue), maxScore, earlierValue && bySlot(earlierValue));
      return (offer, price, limit, riseBelow) =>
        asArcs(index.workersGaining(offerIds[offer] as string, values, price, { k: limit, minScore, riseBelow }));
    },
  };
}

/** Network position of the worker in each index slot (−1 for a free slot). */
function workersBySlot(index: CandidateIndex, network: SyntheticNetwork): Int32Array {
  const workerOfSlot = new Int32Array(index.workerSlotExtent).fill(-1);
  network.workers.forEach(({ worker }, w) => {
    const slot = index.workerSlotOf(worker.id);
    if (slot !== undefined) workerOfSlot[slot] = w;
  });
  return workerOfSlot;
}
