import type { Actor } from "../../core/access/roles.js";
import type { Offer, OfferView } from "../../core/offers/offer-schemas.js";
import { offerTransitionsFor } from "../../core/offers/offer-transitions-for-actor.js";

/** The offer as this actor sees it: with the moves they may make, so a screen shows only buttons that work. */
export function offerViewFor(actor: Actor, offer: Offer): OfferView {
  return { ...offer, allowedTransitions: offerTransitionsFor(actor, offer) };
}
