import { z } from "zod";
import { OFFER_STATUSES } from "../../../core/offers/offer-lifecycle.js";
import type { OfferListQuery } from "../../../core/offers/offer-schemas.js";
import { escoOccupationUri, isoDate, uuid } from "../../../core/shared/primitives.js";
import { pagingSearch } from "../../components/list-paging.js";

/**
 * The offer list's filters live in the URL, so a filtered list can be bookmarked and survives a reload.
 * A value that does not fit (an edited or old link) is dropped instead of breaking the page.
 */
export const offerListSearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(OFFER_STATUSES).optional().catch(undefined),
  employerId: uuid.optional().catch(undefined),
  occupation: escoOccupationUri.optional().catch(undefined),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  ...pagingSearch,
});
export type OfferListSearch = z.infer<typeof offerListSearch>;

export const OFFER_FILTER_KEYS = [
  "q",
  "status",
  "employerId",
  "occupation",
  "from",
  "to",
] as const satisfies readonly (keyof OfferListQuery)[];

export function hasOfferFilters(search: OfferListSearch): boolean {
  return OFFER_FILTER_KEYS.some((key) => search[key] !== undefined && search[key] !== "");
}

/** "New offer" may come from an employer's page, with that employer already chosen. */
export const offerCreateSearch = z.object({ employerId: uuid.optional().catch(undefined) });
