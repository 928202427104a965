import type { z } from "zod";
import type { ListFilter } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import type { MatchReason } from "../../core/matching/match-result.js";
import type { OfferSummary } from "../../core/offers/offer-summary.js";
import type { PlanAssignment, planAssignmentQuery, SeasonPlan, WorkerChain } from "../../core/planning/plan-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database } from "../../db/database.js";
import {
  findSeasonPlan,
  findWorkerChain,
  listPlanAssignments,
  listSeasonPlans,
  offerSummariesByIds,
} from "../../db/repositories/season-plan-repository.js";
import { notFound } from "../access/authorise-record.js";
import { authorisePlan, planView } from "./plan-view.js";

/** One plan, with its stage and progress while it runs. */
export async function readSeasonPlan(db: Database, actor: Actor, id: string): Promise<SeasonPlan> {
  const row = await findSeasonPlan(db, id);
  authorisePlan(actor, "season_plan.read", id, row);
  return planView(row);
}

/** The plans the actor may see, newest first. */
export async function listSeasonPlansFor(db: Database, filter: ListFilter, page: PageQuery): Promise<Page<SeasonPlan>> {
  const found = await listSeasonPlans(db, filter, page);
  return { ...found, items: found.items.map(planView) };
}

/** A plan's assignments, best first, filtered by the worker's name and by decision. */
export async function listAssignments(
  db: Database,
  actor: Actor,
  id: string,
  query: z.infer<typeof planAssignmentQuery>,
): Promise<Page<PlanAssignment>> {
  authorisePlan(actor, "season_plan.assignments", id, await findSeasonPlan(db, id));
  const { page, pageSize, ...filters } = query;
  const found = await listPlanAssignments(db, id, filters, { page, pageSize });
  return {
    ...found,
    items: found.items.map((item) => ({
      ...item,
      offer: item.offer as OfferSummary,
      reasons: item.reasons as MatchReason[] as PlanAssignment["reasons"],
      decision: item.decision as PlanAssignment["decision"],
    })),
  };
}

/**
 * A worker's jobs across the season in the plan: the planned chain when the plan chained, otherwise the one job
 * the allocation gives them (none, when it gives them no job). A worker the plan did not take in is answered 404.
 */
export async function readWorkerChain(db: Database, actor: Actor, id: string, workerId: string): Promise<WorkerChain> {
  authorisePlan(actor, "season_plan.assignments", id, await findSeasonPlan(db, id));
  const chain = await findWorkerChain(db, id, workerId);
  if (!chain) throw notFound("worker");
  const offers = new Map(
    (
      await offerSummariesByIds(
        db,
        chain.jobs.map((job) => job.offerId),
      )
    ).map((offer) => [offer.id, offer]),
  );
  const jobs = chain.jobs.flatMap((job) => {
    const offer = offers.get(job.offerId);
    if (!offer) return [];
    return [{ offer: offer as OfferSummary, lat: job.lat, lon: job.lon, travelKmFromPrevious: job.travelKmFromPrevious }];
  });
  return { workerId, jobs, employedDays: chain.employedDays, idleDays: chain.idleDays, travelKm: chain.travelKm };
}
