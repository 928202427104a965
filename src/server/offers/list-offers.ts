import type { ListFilter } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import type { OfferListQuery, OfferView } from "../../core/offers/offer-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database } from "../../db/database.js";
import { listOffers as queryOffers } from "../../db/repositories/offer-repository.js";
import { offerViewFor } from "./offer-view.js";

/** One page of the offers the policy's list filter lets the actor see, each with the moves the actor may make. */
export async function listOffers(
  db: Database,
  actor: Actor,
  scope: ListFilter,
  query: OfferListQuery,
  page: PageQuery,
): Promise<Page<OfferView>> {
  const found = await queryOffers(db, scope, query, page);
  return { ...found, items: found.items.map((offer) => offerViewFor(actor, offer)) };
}
