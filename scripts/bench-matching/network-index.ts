// The synthetic network put into a CandidateIndex, and the eligible pairs above a minimum score read from it as
// the arcs of an allocation (and chaining) problem, worker and offer numbers being positions in the network: all of
// them at once (eligibleArcs), or offer by offer on demand (networkArcSource, for column generation).
import { CandidateIndex } from "../../src/core/matching/index/candidate-index.js";
import type { ArcSource } from "../../src/core/planning/allocation/arc-source.js";
import { indexArcSource, workerOfIndexSlot } from "../../src/core/planning/allocation/index-arc-source.js";
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
  const workerOfSlot = workerOfIndexSlot(
    index,
    network.workers.map(({ worker }) => worker.id),
  );
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

/** The network's allocation problem (eligible pairs scoring at least `minScore`) read on demand from its index. */
export function networkArcSource(index: CandidateIndex, network: SyntheticNetwork, minScore: number): ArcSource {
  return indexArcSource(index, {
    workerIds: network.workers.map(({ worker }) => worker.id),
    offerIds: network.offers.map(({ offer }) => offer.id),
    capacities: Int32Array.from(network.offers, ({ positions }) => positions),
    minScore,
  });
}
