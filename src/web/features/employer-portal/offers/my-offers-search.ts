import { z } from "zod";
import { OFFER_STATUSES } from "../../../../core/offers/offer-lifecycle.js";

/** The status shown and the page, in the URL so that "back" returns to the same list. */
export const myOffersSearch = z.object({
  status: z.enum(OFFER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type MyOffersSearch = z.infer<typeof myOffersSearch>;
