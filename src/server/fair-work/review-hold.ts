import type { Actor } from "../../core/access/roles.js";
import type { Employer } from "../../core/employers/employer-schemas.js";
import type { FairWorkReviewInput, FairWorkView } from "../../core/fair-work/fair-work-schemas.js";
import { holdsOf } from "../../core/fair-work/fair-work-score.js";
import type { GrievanceOutcome, GrievanceSeverity } from "../../core/grievances/grievance-codes.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { findEmployer } from "../../db/repositories/employer-repository.js";
import { findGrievanceForReview, markHoldReviewed } from "../../db/repositories/fair-work-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { fairWorkViewOf } from "./read-fair-work.js";

/**
 * A coordinator reviews the matching hold a substantiated serious grievance put on an employer: from now on the
 * grievance weighs only through the score. Audited with the grievance's id and severity, never the note.
 */
export async function reviewHold(
  db: Database,
  actor: Actor,
  employerId: string,
  input: FairWorkReviewInput,
  now: Date,
): Promise<FairWorkView> {
  return db.transaction(async (tx) => {
    const employer = await findEmployer(tx, employerId);
    authoriseRecord(
      actor,
      "fair_work.review",
      { type: "employer", id: employerId },
      employer && { centreId: employer.centreId, employerId },
    );
    const { centreId } = employer as Employer;
    const grievance = await findGrievanceForReview(tx, input.grievanceId);
    // A grievance about another employer (or of another centre) is answered like one that does not exist.
    if (!grievance || grievance.employerId !== employerId || grievance.centreId !== centreId) {
      throw new DomainError("validation_failed", "No such grievance about this employer.", [
        { path: ["grievanceId"], message: "errors.invalidValue" },
      ]);
    }
    const holds = holdsOf({
      vettingStatus: null,
      grievances: [
        {
          id: grievance.id,
          reference: "",
          outcome: (grievance.outcome ?? "withdrawn") as GrievanceOutcome,
          severity: grievance.severity as GrievanceSeverity | null,
          reportedOn: "",
          matchingReviewedAt: grievance.matchingReviewedAt?.toISOString() ?? null,
        },
      ],
    });
    if (
      holds.length === 0 ||
      !(await markHoldReviewed(tx, { grievanceId: grievance.id, centreId, byUserId: actor.userId, note: input.note }))
    ) {
      throw new DomainError("conflict", "This grievance holds no matching: it is not a substantiated serious one, or it was reviewed.", [
        { path: ["grievanceId"], message: "errors.noMatchingHold" },
      ]);
    }
    await recordAudit(tx, {
      actor,
      action: "fair_work.review",
      entityType: "employer",
      entityId: employerId,
      centreId,
      outcome: "allowed",
      details: { grievanceId: grievance.id, severity: grievance.severity },
    });
    return fairWorkViewOf(tx, actor, employer as Employer, now);
  });
}
