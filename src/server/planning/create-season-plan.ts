import type { Actor } from "../../core/access/roles.js";
import type { SeasonPlan, SeasonPlanRequest } from "../../core/planning/plan-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { findCentreName } from "../../db/repositories/centre-repository.js";
import { insertSeasonPlan } from "../../db/repositories/season-plan-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { planView } from "./plan-view.js";

/**
 * Queues a season plan for the centres asked for: a coordinator plans their own centre, an administrator any
 * centres of the network. A centre the actor may not plan is answered like one that does not exist (a form error)
 * and audited. The run itself happens in the background (plan-runner.ts); the plan answers "queued".
 */
export async function createSeasonPlan(db: Database, actor: Actor, input: SeasonPlanRequest): Promise<SeasonPlan> {
  const centreIds = [...new Set(input.centreIds)];
  return db.transaction(async (tx) => {
    for (const [index, centreId] of centreIds.entries()) {
      const exists = (await findCentreName(tx, centreId)) !== null;
      const noSuchCentre = () =>
        new DomainError("validation_failed", "No such centre.", [
          { path: ["centreIds", index], message: "planning.errors.centreNotFound" },
        ]);
      authoriseRecord(actor, "season_plan.create", { type: "centre", id: centreId }, exists ? { centreId } : null, noSuchCentre);
    }
    const [owner] = centreIds;
    if (!owner) throw new Error("a plan names at least one centre");
    const row = await insertSeasonPlan(tx, {
      centreId: owner,
      centreIds,
      seasonStart: input.seasonStart,
      seasonEnd: input.seasonEnd,
      minScore: input.minScore,
      chaining: input.chaining,
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      actor,
      action: "season_plan.create",
      entityType: "season_plan",
      entityId: row.id,
      centreId: owner,
      outcome: "allowed",
      details: { centres: centreIds.length, seasonStart: input.seasonStart, seasonEnd: input.seasonEnd },
    });
    return planView(row);
  });
}
