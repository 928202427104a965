import { isAllowed } from "../access/policy.js";
import type { Actor } from "../access/roles.js";
import { allowedOfferTransitions, type OfferStatus } from "./offer-lifecycle.js";

/**
 * The lifecycle moves this actor may make on this offer now: the role's moves from the current status, and none
 * at all when the actor may not move this offer (an inspector, or an employer looking at another's offer).
 */
export function offerTransitionsFor(actor: Actor, offer: { status: OfferStatus; centreId: string; employerId: string }): OfferStatus[] {
  if (!isAllowed(actor, "offer.transition", { centreId: offer.centreId, employerId: offer.employerId })) return [];
  return allowedOfferTransitions(offer.status, actor.role);
}
