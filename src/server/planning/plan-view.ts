import type { Action } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import type { PLAN_STAGES, PLAN_STATUSES, SeasonPlan } from "../../core/planning/plan-schemas.js";
import type { SeasonPlanRow } from "../../db/repositories/season-plan-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";

/** The API shape of a plan row. */
export function planView(row: SeasonPlanRow): SeasonPlan {
  return {
    id: row.id,
    status: row.status as (typeof PLAN_STATUSES)[number],
    stage: row.stage as (typeof PLAN_STAGES)[number] | null,
    progress: row.progress,
    request: {
      centreIds: row.centreIds,
      seasonStart: row.seasonStart,
      seasonEnd: row.seasonEnd,
      minScore: row.minScore,
      chaining: row.chaining,
    },
    totals: row.totals,
    fairness: row.fairness,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/**
 * A plan is the business of every centre it takes in: the actor must reach each of them. Another centre's plan (or
 * a network plan seen from one centre) is answered like a missing one and audited as denied.
 */
export function authorisePlan(actor: Actor, action: Action, id: string, row: SeasonPlanRow | null): asserts row is SeasonPlanRow {
  const entity = { type: "season_plan", id };
  authoriseRecord(actor, action, entity, row && { centreId: row.centreId });
  for (const centreId of row?.centreIds ?? []) authoriseRecord(actor, action, entity, { centreId });
}
