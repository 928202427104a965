import type { Actor } from "../../core/access/roles.js";
import { isOfferEditable } from "../../core/offers/offer-lifecycle.js";
import { type OfferPatch, type OfferView, offerInput } from "../../core/offers/offer-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import { parseInput } from "../../core/shared/parse-input.js";
import type { Database } from "../../db/database.js";
import { updateOffer as writeOffer } from "../../db/repositories/offer-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkReferenceCodes } from "../reference/check-reference-codes.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";
import { checkOfferSite } from "./check-offer-site.js";
import { findAuthorisedOffer } from "./find-authorised-offer.js";
import { offerReferenceCodes } from "./offer-reference-codes.js";
import { offerViewFor } from "./offer-view.js";

/**
 * Changes a draft offer. Anything past draft has been (or is being) checked, so it must go back to draft first and
 * be checked again. `expectedVersion` (from If-Match) guards against overwriting someone else's edit.
 */
export async function updateOffer(
  db: Database,
  actor: Actor,
  offerId: string,
  patch: OfferPatch,
  expectedVersion: number,
): Promise<OfferView> {
  checkReferenceCodes(offerReferenceCodes(patch));
  return db.transaction(async (tx) => {
    const current = await findAuthorisedOffer(tx, actor, "offer.update", offerId);
    if (!isOfferEditable(current.status)) {
      throw new DomainError("invalid_transition", "Only a draft offer can be changed; move it back to draft first.", [
        { path: [], message: "errors.offerNotEditable" },
      ]);
    }
    checkExpectedVersion(expectedVersion, current.version);
    if (patch.siteId !== undefined && patch.siteId !== current.siteId) await checkOfferSite(tx, current.employerId, patch.siteId);
    const { id, centreId, employerName, siteName, regionCode, status, createdAt, updatedAt, version, ...currentInput } = current;
    // The route checked the patch alone; the whole is checked again here (dates in order, piece rates complete).
    const { employerId, ...next } = parseInput(offerInput, { ...currentInput, ...patch });
    const saved = await writeOffer(tx, current, next);
    if (!saved) throw staleVersion();
    await recordAudit(tx, {
      actor,
      action: "offer.update",
      entityType: "offer",
      entityId: id,
      centreId,
      outcome: "allowed",
      details: { fields: Object.keys(patch).sort().join(",") },
    });
    return offerViewFor(actor, saved);
  });
}
