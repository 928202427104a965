import { dayNumber } from "../../core/matching/iso-days.js";
import { offerMatchContext } from "../../core/matching/rank.js";
import { scoreMatch } from "../../core/matching/score.js";
import { allocate } from "../../core/planning/allocation/allocate.js";
import type { Allocation } from "../../core/planning/allocation/allocation-problem.js";
import { chainOf } from "../../core/planning/chaining/chain-of.js";
import type { ChainingProblem, ChainPlan } from "../../core/planning/chaining/chaining-problem.js";
import { firstComeChains } from "../../core/planning/chaining/first-come-chains.js";
import { planChains } from "../../core/planning/chaining/plan-chains.js";
import { fairnessReportOf } from "../../core/planning/fairness.js";
import type { Database } from "../../db/database.js";
import type { NewAssignment, NewChain, SeasonPlanRow } from "../../db/repositories/season-plan-repository.js";
import type { ReferenceKnowledge } from "../matching/reference-knowledge.js";
import { type Arcs, loadPlanInputs, type MatchInputs, type PlanInputs, scoreArcs, toMatchInputs } from "./plan-inputs.js";
import type { PlanProgress } from "./plan-progress.js";
import { yieldToEventLoop } from "./yield-to-event-loop.js";

export type PlanResults = {
  totals: NonNullable<SeasonPlanRow["totals"]>;
  fairness: NonNullable<SeasonPlanRow["fairness"]>;
  assignments: NewAssignment[];
  chains: NewChain[];
};

/** Thrown between stages when the server is shutting down: the plan is marked interrupted. */
export class PlanInterrupted extends Error {}

/**
 * One season plan, start to end: load the workers and offers, score every pair, allocate the season exactly, chain
 * each worker's year if asked, and report placement by gender and origin. The solvers run synchronously (they are
 * fast at a centre's or a region's size); loading and scoring work in slices and let requests through.
 */
export async function runSeasonPlan(
  db: Database,
  knowledge: ReferenceKnowledge,
  plan: SeasonPlanRow,
  context: { today: string; progress: PlanProgress; stopping: () => boolean },
): Promise<PlanResults> {
  const { progress } = context;
  const stopIfAsked = () => {
    if (context.stopping()) throw new PlanInterrupted("the server is stopping");
  };
  const checkpoint = async () => {
    await yieldToEventLoop();
    stopIfAsked();
  };
  await progress.at("loading", 0);
  const inputs = await loadPlanInputs(db, plan, context.today);
  const match = toMatchInputs(inputs, knowledge);
  await checkpoint();

  await progress.at("scoring", 0);
  const arcs = await scoreArcs(match, plan.minScore, async (fraction) => {
    await progress.at("scoring", fraction);
    stopIfAsked();
  });
  await checkpoint();

  await progress.at("allocating", 0);
  const capacities = Int32Array.from(inputs.offers, (o) => o.positions);
  const allocation = allocate(
    { workerCount: inputs.workers.length, capacities, ...arcs },
    { onProgress: (fraction) => progress.note("allocating", fraction) },
  );
  await checkpoint();

  if (plan.chaining) await progress.at("chaining", 0);
  const chainingProblem = chainingProblemOf(plan, inputs, match, arcs);
  const planned = plan.chaining ? planChains(chainingProblem, { onProgress: (fraction) => progress.note("chaining", fraction) }) : null;
  const firstCome = plan.chaining ? firstComeChains(chainingProblem) : null;
  await checkpoint();

  await progress.at("reporting", 0);
  const placed = Array.from(allocation.offerOf, (offer) => offer >= 0);
  return {
    totals: {
      workers: inputs.workers.length,
      offers: inputs.offers.length,
      positions: capacities.reduce((sum, c) => sum + c, 0),
      arcs: arcs.arcScore.length,
      assigned: placed.filter(Boolean).length,
      objective: allocation.objective,
      chainedWorkers: planned ? planned.chains.filter((chain) => chain.length > 0).length : 0,
      idleDaysPlanned: planned?.idleDays ?? 0,
      idleDaysFirstCome: firstCome?.idleDays ?? 0,
    },
    // Gender and nationality are read here, from the rows, for the report only: the matcher never sees them.
    fairness: fairnessReportOf(inputs.workers, placed),
    assignments: assignmentsOf(inputs, match, allocation, plan.id),
    chains: chainsOf(inputs, chainingProblem, planned ?? allocationAsChains(allocation), plan.id),
  };
}

/** The same arcs as the allocation, with the offers' dates and places and the workers' availability in the season. */
function chainingProblemOf(plan: SeasonPlanRow, inputs: PlanInputs, match: MatchInputs, arcs: Arcs): ChainingProblem {
  return {
    season: { from: dayNumber(plan.seasonStart), to: dayNumber(plan.seasonEnd) },
    workers: inputs.workers.map((w, i) => ({
      availability: w.availability.map((window) => ({ from: dayNumber(window.start), to: dayNumber(window.end) })),
      location: match.workers[i]?.location ?? null,
    })),
    offers: inputs.offers.map((o, i) => ({
      startDay: dayNumber(o.startDate),
      endDay: dayNumber(o.endDate),
      capacity: o.positions,
      location: match.offers[i]?.location ?? null,
    })),
    ...arcs,
  };
}

/** Without chaining, each placed worker's "chain" is the one job the allocation gives them. */
function allocationAsChains(allocation: Allocation): Pick<ChainPlan, "chains"> {
  return { chains: Array.from(allocation.offerOf, (offer) => (offer >= 0 ? Int32Array.of(offer) : new Int32Array(0))) };
}

/** The placed workers with the reasons a caseworker reads (scored again: the arcs keep only the score). */
function assignmentsOf(inputs: PlanInputs, match: MatchInputs, allocation: Allocation, planId: string): NewAssignment[] {
  const assignments: NewAssignment[] = [];
  allocation.offerOf.forEach((o, w) => {
    if (o < 0) return;
    const worker = inputs.workers[w];
    const offer = inputs.offers[o];
    const matchWorker = match.workers[w];
    const matchOffer = match.offers[o];
    if (!worker || !offer || !matchWorker || !matchOffer) throw new Error("the allocation names an unknown worker or offer");
    const result = scoreMatch(matchWorker, matchOffer, offerMatchContext(matchOffer, match.context));
    assignments.push({
      planId,
      centreId: worker.centreId,
      workerId: worker.id,
      offerId: offer.id,
      score: result.score,
      reasons: [...result.reasons],
    });
  });
  return assignments;
}

/** Every worker of the plan has a chain, empty when the plan gives them no job (their idle days still count). */
function chainsOf(inputs: PlanInputs, problem: ChainingProblem, plan: Pick<ChainPlan, "chains">, planId: string): NewChain[] {
  const chains: NewChain[] = [];
  inputs.workers.forEach((worker, w) => {
    const detail = chainOf(problem, plan, w);
    chains.push({
      planId,
      centreId: worker.centreId,
      workerId: worker.id,
      jobs: detail.jobs.map((job) => ({
        offerId: inputs.offers[job.offer]?.id ?? "",
        lat: job.location?.lat ?? null,
        lon: job.location?.lon ?? null,
        travelKmFromPrevious: job.travelKmFromPrevious,
      })),
      employedDays: detail.employedDays,
      idleDays: detail.idleDays,
      travelKm: detail.travelKm,
    });
  });
  return chains;
}
