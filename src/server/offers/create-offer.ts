import type { Actor } from "../../core/access/roles.js";
import type { Employer } from "../../core/employers/employer-schemas.js";
import type { OfferInput, OfferView } from "../../core/offers/offer-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { findEmployer } from "../../db/repositories/employer-repository.js";
import { insertOffer } from "../../db/repositories/offer-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkReferenceCodes } from "../reference/check-reference-codes.js";
import { checkOfferSite } from "./check-offer-site.js";
import { offerReferenceCodes } from "./offer-reference-codes.js";
import { offerViewFor } from "./offer-view.js";

/**
 * Records a job offer as a draft, for an employer of the actor's centre (an employer account: only for itself).
 * An employer the actor may not act for is answered exactly like one that does not exist.
 */
export async function createOffer(db: Database, actor: Actor, input: OfferInput): Promise<OfferView> {
  checkReferenceCodes(offerReferenceCodes(input));
  return db.transaction(async (tx) => {
    const found = await findEmployer(tx, input.employerId);
    const noSuchEmployer = () =>
      new DomainError("validation_failed", "No such employer.", [{ path: ["employerId"], message: "errors.employerNotFound" }]);
    const ownership = found && { centreId: found.centreId, employerId: found.id };
    authoriseRecord(actor, "offer.create", { type: "employer", id: input.employerId }, ownership, noSuchEmployer);
    const employer = found as Employer;
    await checkOfferSite(tx, employer.id, input.siteId);
    const offer = await insertOffer(tx, employer.centreId, input, actor.userId);
    await recordAudit(tx, {
      actor,
      action: "offer.create",
      entityType: "offer",
      entityId: offer.id,
      centreId: offer.centreId,
      outcome: "allowed",
      details: { employerId: employer.id },
    });
    return offerViewFor(actor, offer);
  });
}
