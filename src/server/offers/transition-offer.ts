import type { Actor } from "../../core/access/roles.js";
import { canTransitionOffer, type OfferStatus } from "../../core/offers/offer-lifecycle.js";
import type { OfferView } from "../../core/offers/offer-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { moveOfferStatus } from "../../db/repositories/offer-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";
import { requirePassingCheck } from "./check-offer.js";
import { findAuthorisedOffer } from "./find-authorised-offer.js";
import { offerViewFor } from "./offer-view.js";

/**
 * Moves an offer along its lifecycle (src/core/offers/offer-lifecycle.ts says which role may make which move).
 * The new status, its status event and the audit entry are written together or not at all. A move towards
 * publication (submitted, checked, published) first passes the offer check (docs/decent-work.md).
 */
export async function transitionOffer(
  db: Database,
  actor: Actor,
  offerId: string,
  to: OfferStatus,
  expectedVersion: number,
): Promise<OfferView> {
  return db.transaction(async (tx) => {
    const current = await findAuthorisedOffer(tx, actor, "offer.transition", offerId);
    checkExpectedVersion(expectedVersion, current.version);
    const from = current.status;
    if (!canTransitionOffer(from, to, actor.role)) {
      throw new DomainError("invalid_transition", `An offer cannot move from ${from} to ${to} by a ${actor.role}.`, [
        { path: ["to"], message: "errors.transitionNotAllowed", params: { from, to } },
      ]);
    }
    await requirePassingCheck(tx, offerId, to);
    const moved = await moveOfferStatus(tx, current, to, actor.userId);
    if (!moved) throw staleVersion();
    await recordAudit(tx, {
      actor,
      action: "offer.transition",
      entityType: "offer",
      entityId: offerId,
      centreId: current.centreId,
      outcome: "allowed",
      details: { from, to },
    });
    return offerViewFor(actor, moved);
  });
}
