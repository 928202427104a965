import type { Actor } from "../../core/access/roles.js";
import type { GrievanceReporterRevealed } from "../../core/grievances/grievance-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { findReporterRow } from "../../db/repositories/grievance-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { loadGrievance } from "./read-grievances.js";

/**
 * The data protection officer's reveal of who signed a grievance: the only answer that names the reporter to staff.
 * The reason is required and kept in the audit entry of the case (never the reporter's name, phone or worker file).
 */
export async function revealReporter(db: Database, actor: Actor, id: string, reason: string): Promise<GrievanceReporterRevealed> {
  return db.transaction(async (tx) => {
    const row = await loadGrievance(tx, actor, "grievance.reveal", id);
    const reporter = await findReporterRow(tx, id);
    if (!reporter) throw new DomainError("conflict", "This grievance was reported anonymously: there is nobody to reveal.");
    await recordAudit(tx, {
      actor,
      action: "grievance.reveal",
      entityType: "grievance",
      entityId: id,
      centreId: row.centreId,
      outcome: "allowed",
      // The reason only: the audit trail is readable by coordinators, so it must not tie the case to a worker.
      details: { reason },
    });
    return {
      grievanceId: id,
      workerId: reporter.workerId,
      name: reporter.name,
      phone: reporter.phone,
      sharedWithCaseworkers: reporter.sharedWithCaseworkers,
    };
  });
}
