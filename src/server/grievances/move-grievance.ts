import type { z } from "zod";
import type { Actor } from "../../core/access/roles.js";
import type { GrievanceStatus } from "../../core/grievances/grievance-codes.js";
import { canMove, moveNeedsOutcome } from "../../core/grievances/grievance-rules.js";
import type { GrievanceDetail, grievanceMoveInput } from "../../core/grievances/grievance-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { insertGrievanceEvent } from "../../db/repositories/grievance-report-repository.js";
import { type GrievanceChange, updateGrievanceRow } from "../../db/repositories/grievance-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";
import { grievanceDetailOf, loadGrievance } from "./read-grievances.js";

const invalid = (field: string, message: string, key = "errors.invalidValue") =>
  new DomainError("validation_failed", message, [{ path: [field], message: key }]);

/**
 * Moves a case along received → triaged → investigating ⇄ escalated → resolved → closed (GRIEVANCE_MOVES). Escalating
 * names the body it goes to; resolving or closing records the outcome; reopening a resolved case clears it. The
 * reporter sees each status on their follow-up page; the outcome note stays internal.
 */
export async function moveGrievance(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof grievanceMoveInput>,
  expectedVersion: number,
  now: Date,
): Promise<GrievanceDetail> {
  return db.transaction(async (tx) => {
    const row = await loadGrievance(tx, actor, "grievance.triage", id);
    checkExpectedVersion(expectedVersion, row.version);
    const from = row.status as GrievanceStatus;
    const { to } = input;
    if (!canMove(from, to)) {
      throw new DomainError("invalid_transition", `A ${from} case cannot move to ${to}.`, [
        { path: ["to"], message: "errors.invalidValue" },
      ]);
    }
    if (to === "triaged" && row.severity === null) throw invalid("severity", "Set the severity to triage the case.", "errors.required");
    if (to !== "escalated" && input.escalatedTo !== undefined) throw invalid("escalatedTo", "Only an escalation names where it goes.");
    if (!moveNeedsOutcome(to) && (input.outcome !== undefined || input.outcomeNote !== undefined)) {
      throw invalid("outcome", "Only resolving or closing a case records its outcome.");
    }
    const change: GrievanceChange = { status: to };
    const event = { centreId: row.centreId, grievanceId: id, byUserId: actor.userId };
    await insertGrievanceEvent(tx, { ...event, kind: "status", visibleToReporter: true, fromStatus: from, toStatus: to });
    if (to === "escalated") {
      change.escalatedTo = input.escalatedTo ?? "";
      change.escalatedAt = now;
      await insertGrievanceEvent(tx, { ...event, kind: "escalation", body: change.escalatedTo });
    }
    if (moveNeedsOutcome(to)) {
      const outcome = input.outcome ?? row.outcome;
      if (!outcome) throw invalid("outcome", "Say what the case came to.", "errors.required");
      change.outcome = outcome;
      change.outcomeNote = input.outcomeNote ?? row.outcomeNote;
      if (input.outcome !== undefined || input.outcomeNote !== undefined) {
        await insertGrievanceEvent(tx, { ...event, kind: "outcome", body: change.outcomeNote, toStatus: to });
      }
    }
    if (from === "resolved" && to === "investigating") {
      change.outcome = null;
      change.outcomeNote = "";
    }
    if (!(await updateGrievanceRow(tx, row, change, now))) throw staleVersion();
    await recordAudit(tx, {
      actor,
      action: "grievance.triage",
      entityType: "grievance",
      entityId: id,
      centreId: row.centreId,
      outcome: "allowed",
      details: { from, to, outcome: change.outcome ?? null },
    });
    return grievanceDetailOf(tx, id, now);
  });
}
