import type { z } from "zod";
import type { Actor } from "../../core/access/roles.js";
import type { InspectionDetail, inspectionInput } from "../../core/inspections/inspection-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { findEmployer, findSiteOwner } from "../../db/repositories/employer-repository.js";
import { findGrievanceCentre, findInspection, insertInspection } from "../../db/repositories/inspection-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import type { LinkSigner } from "../attachments/signed-link.js";
import { recordAudit } from "../audit/record-audit.js";
import { detailOf } from "./read-inspections.js";

const invalid = (field: string, message: string, english: string) =>
  new DomainError("validation_failed", english, [{ path: [field], message }]);

/**
 * Plans a visit of an employer of the actor's centre: at one of its sites, perhaps prompted by a grievance of the
 * same centre, or following up an earlier visit of the same employer. The planning inspector is recorded.
 */
export async function planInspection(
  db: Database,
  actor: Actor,
  input: z.output<typeof inspectionInput>,
  signer: LinkSigner,
  now: Date,
): Promise<InspectionDetail> {
  return db.transaction(async (tx) => {
    const employer = await findEmployer(tx, input.employerId);
    const noSuchEmployer = () => invalid("employerId", "errors.employerNotFound", "No such employer.");
    const ownership = employer && { centreId: employer.centreId, employerId: employer.id };
    authoriseRecord(actor, "inspection.record", { type: "employer", id: input.employerId }, ownership, noSuchEmployer);
    const { centreId, id: employerId } = employer as NonNullable<typeof employer>;
    if (input.siteId && (await findSiteOwner(tx, input.siteId))?.employerId !== employerId) {
      throw invalid("siteId", "errors.siteNotOfEmployer", "The site is not one of this employer's sites.");
    }
    if (input.grievanceId && (await findGrievanceCentre(tx, input.grievanceId)) !== centreId) {
      throw invalid("grievanceId", "errors.invalidValue", "No such grievance in this centre.");
    }
    if (input.followUpOf) {
      const earlier = await findInspection(tx, input.followUpOf);
      if (earlier?.employerId !== employerId) throw invalid("followUpOf", "errors.invalidValue", "No earlier visit of this employer.");
    }
    const inserted = await insertInspection(tx, { ...input, centreId, employerId, inspectorId: actor.userId });
    await recordAudit(tx, {
      actor,
      action: "inspection.record",
      entityType: "inspection",
      entityId: inserted.id,
      centreId,
      outcome: "allowed",
      details: { event: "planned", employerId, kind: inserted.kind, followUpOf: inserted.followUpOf },
    });
    return detailOf(
      tx,
      actor,
      (await findInspection(tx, inserted.id)) as NonNullable<Awaited<ReturnType<typeof findInspection>>>,
      signer,
      now,
    );
  });
}
