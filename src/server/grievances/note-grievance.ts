import type { z } from "zod";
import type { Actor } from "../../core/access/roles.js";
import type { GrievanceDetail, grievanceNoteInput } from "../../core/grievances/grievance-schemas.js";
import type { Database } from "../../db/database.js";
import { insertGrievanceEvent } from "../../db/repositories/grievance-report-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { grievanceDetailOf, loadGrievance } from "./read-grievances.js";

/**
 * Adds to the timeline an internal note, or a message the reporter reads when they follow the case with their code.
 * The case itself does not change, so no If-Match: notes only ever add.
 */
export async function noteGrievance(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof grievanceNoteInput>,
  now: Date,
): Promise<GrievanceDetail> {
  return db.transaction(async (tx) => {
    const row = await loadGrievance(tx, actor, "grievance.note", id);
    const kind = input.visibleToReporter ? "message_to_reporter" : "note";
    await insertGrievanceEvent(tx, {
      centreId: row.centreId,
      grievanceId: id,
      kind,
      visibleToReporter: input.visibleToReporter,
      body: input.body,
      byUserId: actor.userId,
    });
    await recordAudit(tx, {
      actor,
      action: "grievance.note",
      entityType: "grievance",
      entityId: id,
      centreId: row.centreId,
      outcome: "allowed",
      details: { kind },
    });
    return grievanceDetailOf(tx, id, now);
  });
}
