import type { z } from "zod";
import { POLICY } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import { dueDateFor } from "../../core/grievances/grievance-rules.js";
import type { GrievanceDetail, grievanceTriageInput } from "../../core/grievances/grievance-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database, Transaction } from "../../db/database.js";
import { insertGrievanceEvent } from "../../db/repositories/grievance-report-repository.js";
import { findUserRow, type GrievanceChange, updateGrievanceRow } from "../../db/repositories/grievance-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";
import { grievanceDetailOf, loadGrievance } from "./read-grievances.js";

/** Roles whose members work on a centre's cases (take notes on them), so a case can be assigned to them. */
export const GRIEVANCE_HANDLER_ROLES = Object.entries(POLICY["grievance.note"])
  .filter(([, scope]) => scope === "centre")
  .map(([role]) => role);

/** The assignee must be an active member of the case's centre who handles grievances; anyone else is refused. */
async function checkAssignee(db: Database | Transaction, userId: string, centreId: string) {
  const user = await findUserRow(db, userId);
  if (!user || user.disabled || user.centreId !== centreId || !GRIEVANCE_HANDLER_ROLES.includes(user.role)) {
    throw new DomainError("validation_failed", "Assign the case to a member of the centre who handles grievances.", [
      { path: ["assignedTo"], message: "errors.invalidValue" },
    ]);
  }
  return user;
}

/**
 * Triage: severity (which sets the due date from now unless one is given: critical 24 h, high 3 days, medium 10 days,
 * low 30 days), due date and assignment. The first severity of a received case moves it to "triaged". Each change is
 * an event of the timeline, audited, and checked against the version read (If-Match).
 */
export async function triageGrievance(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof grievanceTriageInput>,
  expectedVersion: number,
  now: Date,
): Promise<GrievanceDetail> {
  return db.transaction(async (tx) => {
    const row = await loadGrievance(tx, actor, "grievance.triage", id);
    checkExpectedVersion(expectedVersion, row.version);
    if (row.status === "closed") throw new DomainError("invalid_transition", "A closed case cannot be triaged again.");
    const change: GrievanceChange = {};
    const event = { centreId: row.centreId, grievanceId: id, byUserId: actor.userId };
    if (input.severity !== undefined) {
      change.severity = input.severity;
      change.dueAt = dueDateFor(input.severity, now);
      await insertGrievanceEvent(tx, { ...event, kind: "triage", body: input.severity });
      if (row.status === "received") {
        change.status = "triaged";
        await insertGrievanceEvent(tx, { ...event, kind: "status", visibleToReporter: true, fromStatus: "received", toStatus: "triaged" });
      }
    }
    if (input.dueAt !== undefined) {
      change.dueAt = new Date(input.dueAt);
      if (input.severity === undefined) await insertGrievanceEvent(tx, { ...event, kind: "triage", body: "" });
    }
    if (input.assignedTo !== undefined) {
      const assignee = input.assignedTo === null ? null : await checkAssignee(tx, input.assignedTo, row.centreId);
      change.assignedTo = assignee?.id ?? null;
      // The body names the assignee (a colleague's name, as the timeline shows it); empty when unassigned.
      await insertGrievanceEvent(tx, { ...event, kind: "assignment", body: assignee?.name ?? "" });
    }
    if (!(await updateGrievanceRow(tx, row, change, now))) throw staleVersion();
    await recordAudit(tx, {
      actor,
      action: "grievance.triage",
      entityType: "grievance",
      entityId: id,
      centreId: row.centreId,
      outcome: "allowed",
      details: {
        severity: input.severity ?? null,
        dueAt: input.dueAt !== undefined,
        assignedTo: change.assignedTo ?? null,
      },
    });
    return grievanceDetailOf(tx, id, now);
  });
}
