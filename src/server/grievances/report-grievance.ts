import type { z } from "zod";
import type { Actor } from "../../core/access/roles.js";
import type { GrievanceReported, publicReportInput, workerReportInput } from "../../core/grievances/grievance-report-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { findCentreOfGrievance, workerContactOf } from "../../db/repositories/grievance-report-repository.js";
import { openGrievance } from "./open-grievance.js";

/**
 * A report on the public page, by anyone, without an account: anonymous, or signed with a name and phone number.
 * The answer is the reference and the follow-up code, nothing else: not even what was sent comes back.
 */
export async function reportGrievance(db: Database, input: z.output<typeof publicReportInput>, now: Date): Promise<GrievanceReported> {
  const centre = await findCentreOfGrievance(db, input.centreId);
  if (!centre) {
    throw new DomainError("validation_failed", "Choose a centre to report to.", [{ path: ["centreId"], message: "errors.invalidValue" }]);
  }
  const opened = await db.transaction((tx) =>
    openGrievance(
      tx,
      {
        centreId: centre.id,
        channel: "web",
        language: input.language,
        categories: input.categories,
        description: input.description,
        employerId: null,
        siteId: null,
        workplaceGiven: input.workplaceGiven,
        regionCode: null,
        reporter: input.reporter && { workerId: null, ...input.reporter },
      },
      null,
      now,
    ),
  );
  return { reference: opened.reference, followUpCode: opened.followUpCode };
}

/** A worker's signed report from their portal: signed with their file's name and phone, in their centre. */
export async function reportGrievanceAsWorker(
  db: Database,
  actor: Actor,
  input: z.output<typeof workerReportInput>,
  now: Date,
): Promise<GrievanceReported> {
  const contact = actor.workerId && actor.centreId ? await workerContactOf(db, actor.workerId, actor.centreId) : null;
  if (!contact || !actor.centreId) throw new DomainError("forbidden", "Only a worker with a file at a centre reports here.");
  const { sharedWithCaseworkers, ...facts } = input;
  const opened = await db.transaction((tx) =>
    openGrievance(
      tx,
      {
        centreId: actor.centreId as string,
        channel: "web",
        ...facts,
        employerId: null,
        siteId: null,
        regionCode: null,
        reporter: { workerId: actor.workerId, ...contact, sharedWithCaseworkers },
      },
      actor,
      now,
    ),
  );
  return { reference: opened.reference, followUpCode: opened.followUpCode };
}
