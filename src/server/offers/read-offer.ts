import type { Actor } from "../../core/access/roles.js";
import type { OfferView } from "../../core/offers/offer-schemas.js";
import type { Database } from "../../db/database.js";
import { findAuthorisedOffer } from "./find-authorised-offer.js";
import { offerViewFor } from "./offer-view.js";

/** Staff and inspectors of the centre read its offers; an employer reads its own. */
export async function readOffer(db: Database, actor: Actor, offerId: string): Promise<OfferView> {
  return offerViewFor(actor, await findAuthorisedOffer(db, actor, "offer.read", offerId));
}
