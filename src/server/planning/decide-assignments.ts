import type { z } from "zod";
import type { Actor } from "../../core/access/roles.js";
import type { planDecisionRequest, planDecisionResult } from "../../core/planning/plan-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { decideAssignment, findPlanAssignments, findSeasonPlan } from "../../db/repositories/season-plan-repository.js";
import { AccessDenied } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ReferenceKnowledge } from "../matching/reference-knowledge.js";
import { createReferral } from "../referrals/create-referral.js";
import { authorisePlan } from "./plan-view.js";

type DecisionRequest = z.infer<typeof planDecisionRequest>;
type DecisionResult = z.infer<typeof planDecisionResult>;
type Refusal = DecisionResult["refused"][number];

/**
 * Accepts or rejects many of a plan's assignments at once. Accepting proposes the offer to the worker through the
 * referral use case (mode "propose": the worker says yes or no in their portal), so consent, the offer's status, the
 * employer's fair-work standing and the hard rules are checked again now, and each referral is audited. What cannot
 * be done is refused one by one with the reason's translation key; the rest goes through.
 */
export async function decideAssignments(
  db: Database,
  knowledge: ReferenceKnowledge,
  actor: Actor,
  planId: string,
  input: DecisionRequest,
): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const plan = await findSeasonPlan(tx, planId);
    authorisePlan(actor, "season_plan.decide", planId, plan);
    if (plan.status !== "done") {
      throw new DomainError("conflict", "The plan has not finished.", [{ path: [], message: "planning.errors.notDone" }]);
    }
    const found = new Map(
      (
        await findPlanAssignments(
          tx,
          planId,
          input.assignments.map((a) => a.workerId),
        )
      ).map((a) => [a.workerId, a]),
    );
    const refused: Refusal[] = [];
    let changed = 0;
    for (const { workerId, offerId } of input.assignments) {
      const assignment = found.get(workerId);
      const refuse = (code: string) => refused.push({ workerId, offerId, code });
      if (!assignment || assignment.offerId !== offerId) {
        refuse("planning.errors.notInPlan");
        continue;
      }
      if (assignment.decision === input.decision) continue;
      if (assignment.decision === "accepted") {
        // The worker was put forward: the referral lives on and is withdrawn on its own page.
        refuse("planning.errors.alreadyAccepted");
        continue;
      }
      let referralId: string | null = null;
      if (input.decision === "accepted") {
        try {
          referralId = await createReferral(tx, knowledge, actor, { offerId, workerId, mode: "propose", note: "" });
        } catch (error) {
          if (!(error instanceof DomainError) || error instanceof AccessDenied) throw error;
          refuse(error.details[0]?.message ?? `errors.code.${error.code}`);
          continue;
        }
      }
      await decideAssignment(tx, { planId, workerId }, { decision: input.decision, referralId, decidedBy: actor.userId });
      changed += 1;
    }
    await recordAudit(tx, {
      actor,
      action: "season_plan.decide",
      entityType: "season_plan",
      entityId: planId,
      centreId: plan.centreId,
      outcome: "allowed",
      details: { decision: input.decision, changed, refused: refused.length },
    });
    return { changed, refused };
  });
}
