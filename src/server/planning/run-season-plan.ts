import { dayNumber } from "../../core/matching/iso-days.js";
import { offerMatchContext } from "../../core/matching/rank.js";
import { scoreMatch } from "../../core/matching/score.js";
import { allocate } from "../../core/planning/allocation/allocate.js";
import { allocateByPricing } from "../../core/planning/allocation/allocate-by-pricing.js";
import type { Allocation } from "../../core/planning/allocation/allocation-problem.js";
import { chainOf } from "../../core/planning/chaining/chain-of.js";
import type { ChainingProblem, ChainPlan, ChainSetting } from "../../core/planning/chaining/chaining-problem.js";
import { firstComeChains } from "../../core/planning/chaining/first-come-chains.js";
import { planChains } from "../../core/planning/chaining/plan-chains.js";
import { fairnessReportOf } from "../../core/planning/fairness.js";
import type { Database } from "../../db/database.js";
import type { NewAssignment, NewChain, SeasonPlanRow } from "../../db/repositories/season-plan-repository.js";
import type { ReferenceKnowledge } from "../matching/reference-knowledge.js";
import { loadPlanInputs, type MatchInputs, type PlanInputs, planArcSource, scoreArcs, toMatchInputs } from "./plan-inputs.js";
import type { PlanProgress } from "./plan-progress.js";
import { slicedPause, yieldToEventLoop } from "./yield-to-event-loop.js";

export type PlanResults = {
  totals: NonNullable<SeasonPlanRow["totals"]>;
  fairness: NonNullable<SeasonPlanRow["fairness"]>;
  assignments: NewAssignment[];
  chains: NewChain[];
};

/** Thrown between stages when the server is shutting down: the plan is marked interrupted. */
export class PlanInterrupted extends Error {}

/**
 * One season plan, start to end: load the workers and offers, allocate the season exactly (with every eligible pair
 * scored when chaining needs them, else by column generation), chain each worker's year if asked, and report
 * placement by gender and origin. Loading, scoring and pricing work in slices and let requests through; the solves
 * run synchronously (about 2 s each at 100,000 workers × 10,000 offers, far less at a centre's or a region's size).
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

  const capacities = Int32Array.from(inputs.offers, (o) => o.positions);
  const setting = chainSettingOf(plan, inputs, match);
  const steps = { progress, stopIfAsked, checkpoint };
  const { allocation, arcs, planned, firstCome } = plan.chaining
    ? await allocateAndChain(plan, match, capacities, setting, steps)
    : await allocateByPricingOf(plan, match, capacities, steps);

  await progress.at("reporting", 0);
  const placed = Array.from(allocation.offerOf, (offer) => offer >= 0);
  return {
    totals: {
      workers: inputs.workers.length,
      offers: inputs.offers.length,
      positions: capacities.reduce((sum, c) => sum + c, 0),
      arcs,
      assigned: placed.filter(Boolean).length,
      objective: allocation.objective,
      chainedWorkers: planned ? planned.chains.filter((chain) => chain.length > 0).length : 0,
      idleDaysPlanned: planned?.idleDays ?? 0,
      idleDaysFirstCome: firstCome?.idleDays ?? 0,
    },
    // Gender and nationality are read here, from the rows, for the report only: the matcher never sees them.
    fairness: fairnessReportOf(inputs.workers, placed),
    assignments: assignmentsOf(inputs, match, allocation, plan.id),
    chains: chainsOf(inputs, setting, planned ?? allocationAsChains(allocation), plan.id),
  };
}

interface PlanSteps {
  readonly progress: PlanProgress;
  readonly stopIfAsked: () => void;
  readonly checkpoint: () => Promise<void>;
}

/** The season's allocation, how many arcs it was solved over, and the chains when the plan chains. */
interface Solved {
  readonly allocation: Allocation;
  readonly arcs: number;
  readonly planned: ChainPlan | null;
  readonly firstCome: ChainPlan | null;
}

/**
 * Chaining needs every eligible pair: all are scored (read from the plan's index), the season is allocated over
 * them all, then each worker's year is chained, against the first-come plan.
 */
async function allocateAndChain(
  plan: SeasonPlanRow,
  match: MatchInputs,
  capacities: Int32Array,
  setting: ChainSetting,
  { progress, stopIfAsked, checkpoint }: PlanSteps,
): Promise<Solved> {
  await progress.at("scoring", 0);
  const arcs = await scoreArcs(match, plan.minScore, async (fraction) => {
    await progress.at("scoring", fraction);
    stopIfAsked();
  });
  await checkpoint();

  await progress.at("allocating", 0);
  const allocation = allocate(
    { workerCount: match.workers.length, capacities, ...arcs },
    { onProgress: (fraction) => progress.note("allocating", fraction) },
  );
  await checkpoint();

  await progress.at("chaining", 0);
  const problem: ChainingProblem = { ...setting, ...arcs };
  const planned = planChains(problem, { onProgress: (fraction) => progress.note("chaining", fraction) });
  const firstCome = firstComeChains(problem);
  await checkpoint();
  return { allocation, arcs: arcs.arcScore.length, planned, firstCome };
}

/**
 * Without chaining, the season is allocated by column generation over the plan's index (allocateByPricing): only
 * the pairs that can matter are read, however many workers and offers the plan holds, and the result is optimal for
 * every eligible pair at or above the minimum score. The first reads show as scoring; each round of pricing covers
 * half the rest of the allocating bar, as the number of rounds is not known ahead.
 */
async function allocateByPricingOf(
  plan: SeasonPlanRow,
  match: MatchInputs,
  capacities: Int32Array,
  { progress, stopIfAsked, checkpoint }: PlanSteps,
): Promise<Solved> {
  await progress.at("scoring", 0);
  const source = planArcSource(match, capacities, plan.minScore);
  const pause = slicedPause(async () => {
    await progress.save();
    stopIfAsked();
  });
  const allocation = await allocateByPricing(source, {
    between: async (round, done, offers) => {
      if (round === 0) progress.note("scoring", done / offers);
      else progress.note("allocating", 1 - 0.5 ** (round - 1) + 0.5 ** round * (done / offers));
      await pause();
    },
  });
  await checkpoint();
  return { allocation, arcs: allocation.arcs, planned: null, firstCome: null };
}

/** The offers' dates and places and the workers' availability in the season: what chains are made of, arcs aside. */
function chainSettingOf(plan: SeasonPlanRow, inputs: PlanInputs, match: MatchInputs): ChainSetting {
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
function chainsOf(inputs: PlanInputs, setting: ChainSetting, plan: Pick<ChainPlan, "chains">, planId: string): NewChain[] {
  const chains: NewChain[] = [];
  inputs.workers.forEach((worker, w) => {
    const detail = chainOf(setting, plan, w);
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
