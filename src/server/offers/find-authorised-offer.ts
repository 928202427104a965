import type { Action } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import type { Offer } from "../../core/offers/offer-schemas.js";
import type { Database, Transaction } from "../../db/database.js";
import { findOffer } from "../../db/repositories/offer-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";

/** The offer if the actor may take the action on it, else the same 404 as for no offer at all. */
export async function findAuthorisedOffer(db: Database | Transaction, actor: Actor, action: Action, offerId: string): Promise<Offer> {
  const offer = await findOffer(db, offerId);
  authoriseRecord(actor, action, { type: "offer", id: offerId }, offer && { centreId: offer.centreId, employerId: offer.employerId });
  return offer as Offer;
}
