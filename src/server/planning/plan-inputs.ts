import type { MatchContext, MatchOffer, MatchWorker } from "../../core/matching/match-inputs.js";
import { scoreMatch } from "../../core/matching/score.js";
import type { Database } from "../../db/database.js";
import { loadWorkersForMatching, type WorkerForMatching } from "../../db/repositories/matching-repository.js";
import { listPublishedOffersForMatching, type OfferWithSite } from "../../db/repositories/offer-repository.js";
import type { SeasonPlanRow } from "../../db/repositories/season-plan-repository.js";
import { fairWorkOf } from "../fair-work/employer-fair-work.js";
import type { ReferenceKnowledge } from "../matching/reference-knowledge.js";
import { toMatchOffer, toMatchWorker } from "../matching/to-match-inputs.js";
import { yieldToEventLoop } from "./yield-to-event-loop.js";

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

/** The matcher's view of the inputs, in the same order, and each offer's context. */
export interface MatchInputs {
  workers: MatchWorker[];
  offers: MatchOffer[];
  contexts: MatchContext[];
}

export function toMatchInputs(inputs: PlanInputs, knowledge: ReferenceKnowledge): MatchInputs {
  return {
    workers: inputs.workers.map((w) => toMatchWorker(w, knowledge)),
    offers: inputs.offers.map((o) => toMatchOffer(o, knowledge)),
    contexts: inputs.offers.map((o) => ({ occupationSkills: knowledge.occupationSkillsOf(o.occupationUri), iscoOf: knowledge.iscoOf })),
  };
}

export interface Arcs {
  arcWorker: Int32Array;
  arcOffer: Int32Array;
  arcScore: Int32Array;
}

/** How long scoring may hold the event loop before it lets requests through. */
const SLICE_MS = 20;

/**
 * Scores every worker against every offer and keeps the eligible pairs at or above the minimum score as arcs.
 * Works in slices of about 20 ms, yielding to the event loop between them, and reports the share done.
 */
export async function scoreArcs(match: MatchInputs, minScore: number, onProgress: (fraction: number) => Promise<void>): Promise<Arcs> {
  const workers: number[] = [];
  const offers: number[] = [];
  const scores: number[] = [];
  let sliceStart = performance.now();
  for (let w = 0; w < match.workers.length; w++) {
    const worker = match.workers[w] as MatchWorker;
    match.offers.forEach((offer, o) => {
      const result = scoreMatch(worker, offer, match.contexts[o]);
      // An arc's score is at least 1: a pair scoring 0 adds nothing to the plan.
      if (result.eligible && result.score >= Math.max(minScore, 1)) {
        workers.push(w);
        offers.push(o);
        scores.push(result.score);
      }
    });
    if (performance.now() - sliceStart > SLICE_MS) {
      await onProgress((w + 1) / match.workers.length);
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return { arcWorker: Int32Array.from(workers), arcOffer: Int32Array.from(offers), arcScore: Int32Array.from(scores) };
}
