import type { z } from "zod";
import type { Actor } from "../../core/access/roles.js";
import type { InspectionStatus } from "../../core/inspections/inspection-codes.js";
import { acceptsFindings } from "../../core/inspections/inspection-rules.js";
import type { Finding, findingInput } from "../../core/inspections/inspection-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database, Transaction } from "../../db/database.js";
import { insertFinding, type NamedInspectionRow, touchInspection } from "../../db/repositories/inspection-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { toFinding } from "./inspection-view.js";
import { findAuthorisedInspection } from "./read-inspections.js";

/** The visit to add a finding, evidence or a plan item to: one under way or completed, of the actor's centre. */
export async function findVisitToAddTo(db: Database | Transaction, actor: Actor, id: string): Promise<NamedInspectionRow> {
  const visit = await findAuthorisedInspection(db, actor, "inspection.record", id);
  const status = visit.status as InspectionStatus;
  if (!acceptsFindings(status)) {
    throw new DomainError("invalid_transition", "Start the visit first: a planned or cancelled visit has no findings.", [
      { path: [], message: "errors.transitionNotAllowed", params: { from: status, to: status } },
    ]);
  }
  return visit;
}

/** Records what the visit found, by area and severity; the audit names area and severity, never the description. */
export async function addFinding(db: Database, actor: Actor, inspectionId: string, input: z.output<typeof findingInput>): Promise<Finding> {
  return db.transaction(async (tx) => {
    const visit = await findVisitToAddTo(tx, actor, inspectionId);
    const row = await insertFinding(tx, {
      ...input,
      centreId: visit.centreId,
      inspectionId,
      employerId: visit.employerId,
      createdBy: actor.userId,
    });
    await touchInspection(tx, inspectionId);
    await recordAudit(tx, {
      actor,
      action: "inspection.record",
      entityType: "inspection_finding",
      entityId: row.id,
      centreId: visit.centreId,
      outcome: "allowed",
      details: { inspectionId, area: row.area, severity: row.severity },
    });
    return toFinding(row);
  });
}
