import { CandidateIndex } from "../../core/matching/index/candidate-index.js";
import type { MatchOffer, MatchWorker, OffersMatchContext } from "../../core/matching/match-inputs.js";
import type { ArcSource } from "../../core/planning/allocation/arc-source.js";
import { indexArcSource, workerOfIndexSlot } from "../../core/planning/allocation/index-arc-source.js";
import type { Database } from "../../db/database.js";
import { loadWorkersForMatching, type WorkerForMatching } from "../../db/repositories/matching-repository.js";
import { listPublishedOffersForMatching, type OfferWithSite } from "../../db/repositories/offer-repository.js";
import type { SeasonPlanRow } from "../../db/repositories/season-plan-repository.js";
import { fairWorkOf } from "../fair-work/employer-fair-work.js";
import type { ReferenceKnowledge } from "../matching/reference-knowledge.js";
import { toMatchOffer, toMatchWorker } from "../matching/to-match-inputs.js";
import { slicedPause } from "./yield-to-event-loop.js";

/** The rows a plan works on: the centres' matchable workers and the published offers it may fill. */
export interface PlanInputs {
  workers: WorkerForMatching[];
  offers: OfferWithSite[];
}

/**
 * Workers who may be matched (consent, not erased) and published offers that overlap the season, have not ended
 * and whose employer is matched (no fair-work hold, score at the bar): the same rules as matching one by one.
 */
export async function loadPlanInputs(db: Database, plan: SeasonPlanRow, today: string): Promise<PlanInputs> {
  const workers: WorkerForMatching[] = [];
  const published: OfferWithSite[] = [];
  for (const centreId of plan.centreIds) {
    workers.push(...(await loadWorkersForMatching(db, { centreId })));
    published.push(...(await listPublishedOffersForMatching(db, { centreId })));
  }
  const inSeason = published.filter((o) => o.startDate <= plan.seasonEnd && o.endDate >= plan.seasonStart && o.endDate >= today);
  const fairWork = await fairWorkOf(db, [...new Set(inSeason.map((o) => o.employerId))], today);
  return { workers, offers: inSeason.filter((o) => fairWork.get(o.employerId)?.matchable) };
}

/** The matcher's view of the inputs, in the same order, and the reference knowledge offers are judged with. */
export interface MatchInputs {
  workers: MatchWorker[];
  offers: MatchOffer[];
  context: OffersMatchContext;
}

export function toMatchInputs(inputs: PlanInputs, knowledge: ReferenceKnowledge): MatchInputs {
  return {
    workers: inputs.workers.map((w) => toMatchWorker(w, knowledge)),
    offers: inputs.offers.map((o) => toMatchOffer(o, knowledge)),
    context: { occupationSkillsOf: knowledge.occupationSkillsOf, iscoOf: knowledge.iscoOf },
  };
}

export interface Arcs {
  arcWorker: Int32Array;
  arcOffer: Int32Array;
  arcScore: Int32Array;
}

/** A plan's arcs score at least its minimum, and above 0: a pair scoring 0 adds nothing to the plan. */
function arcFloor(minScore: number): number {
  return Math.max(minScore, 1);
}

/** A plan reads the workers of all its centres together: its index filters no centre, so all carry one tag. */
const PLAN_WIDE = { centreId: "plan" };

/** The plan's workers and offers in a candidate index, which reads an offer's pairs without judging every worker. */
function planIndex(match: MatchInputs): CandidateIndex {
  const index = new CandidateIndex(match.context);
  for (const worker of match.workers) index.upsertWorker(worker, PLAN_WIDE);
  for (const offer of match.offers) index.upsertOffer(offer, PLAN_WIDE);
  return index;
}

/**
 * The same arcs as scoreArcs (eligible pairs at or above arcFloor), read on demand from the plan's index for column
 * generation (allocateByPricing), with the offers' positions.
 */
export function planArcSource(match: MatchInputs, capacities: Int32Array, minScore: number): ArcSource {
  return indexArcSource(planIndex(match), {
    workerIds: match.workers.map((worker) => worker.id),
    offerIds: match.offers.map((offer) => offer.id),
    capacities,
    minScore: arcFloor(minScore),
  });
}

/**
 * The eligible pairs at or above arcFloor (the minimum score, and above 0), in worker order, then offer order. Each
 * offer reads its pairs from the plan's index (eligibleAbove): the scores of scoreMatch, without judging the workers
 * the index's bounds rule out. Works in slices of about 20 ms, yielding to the event loop between them, and reports
 * the share of offers read.
 */
export async function scoreArcs(match: MatchInputs, minScore: number, onProgress: (fraction: number) => Promise<void>): Promise<Arcs> {
  const index = planIndex(match);
  const workerOfSlot = workerOfIndexSlot(
    index,
    match.workers.map((worker) => worker.id),
  );
  const perOffer: { slots: Int32Array; scores: Int32Array }[] = [];
  const pause = slicedPause(() => onProgress(perOffer.length / match.offers.length));
  for (const offer of match.offers) {
    perOffer.push(index.eligibleAbove(offer.id, arcFloor(minScore)));
    await pause();
  }
  return inWorkerOrder(perOffer, workerOfSlot, match.workers.length);
}

/** The arcs of each offer (index slots and scores) as arrays sorted by worker, then offer (a counting sort). */
function inWorkerOrder(perOffer: readonly { slots: Int32Array; scores: Int32Array }[], workerOfSlot: Int32Array, workers: number): Arcs {
  const starts = new Int32Array(workers + 1);
  for (const { slots } of perOffer) {
    for (const slot of slots) {
      const next = (workerOfSlot[slot] as number) + 1;
      starts[next] = (starts[next] as number) + 1;
    }
  }
  for (let w = 0; w < workers; w++) starts[w + 1] = (starts[w + 1] as number) + (starts[w] as number);
  const total = starts[workers] as number;
  const arcs = { arcWorker: new Int32Array(total), arcOffer: new Int32Array(total), arcScore: new Int32Array(total) };
  perOffer.forEach(({ slots, scores }, o) => {
    slots.forEach((slot, i) => {
      const w = workerOfSlot[slot] as number;
      const at = starts[w] as number;
      starts[w] = at + 1;
      arcs.arcWorker[at] = w;
      arcs.arcOffer[at] = o;
      arcs.arcScore[at] = scores[i] as number;
    });
  });
  return arcs;
}
