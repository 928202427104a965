import type { z } from "zod";
import type { Actor } from "../../core/access/roles.js";
import type { GrievanceRecorded, grievanceRecordInput } from "../../core/grievances/grievance-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { findWorker } from "../../db/repositories/worker-repository.js";
import { openGrievance } from "./open-grievance.js";

/**
 * A grievance staff take down on the phone or in person, for their own centre. The follow-up code comes back once,
 * for staff to give to the reporter; a signed reporter's worker file must be one of the centre's.
 */
export async function recordGrievance(
  db: Database,
  actor: Actor,
  input: z.output<typeof grievanceRecordInput>,
  now: Date,
): Promise<GrievanceRecorded> {
  const centreId = actor.centreId;
  if (!centreId) throw new DomainError("forbidden", "Only staff of a centre record grievances.");
  const workerId = input.reporter?.workerId ?? null;
  if (workerId !== null) {
    const worker = await findWorker(db, workerId);
    if (!worker || worker.centreId !== centreId) {
      throw new DomainError("validation_failed", "The worker is not one of the centre's.", [
        { path: ["reporter", "workerId"], message: "errors.invalidValue" },
      ]);
    }
  }
  return openGrievance(db, { ...input, centreId }, actor, now);
}
