import { z } from "zod";
import { REFERRAL_STAGES } from "../../../core/referrals/referral-stages.js";
import { uuid } from "../../../core/shared/primitives.js";
import { pagingSearch } from "../../components/list-paging.js";

/**
 * The filters live in the URL: the candidates page links here for one worker and one offer, and a filtered list
 * survives a reload. A value that does not fit (an old or edited link) is dropped instead of breaking the page.
 */
export const referralListSearch = z.object({
  stage: z.enum(REFERRAL_STAGES).optional().catch(undefined),
  offerId: uuid.optional().catch(undefined),
  workerId: uuid.optional().catch(undefined),
  ...pagingSearch,
});
export type ReferralListSearch = z.infer<typeof referralListSearch>;

export const REFERRAL_FILTER_KEYS = ["stage", "offerId", "workerId"] as const satisfies readonly (keyof ReferralListSearch)[];

export function hasReferralFilters(search: ReferralListSearch): boolean {
  return REFERRAL_FILTER_KEYS.some((key) => search[key] !== undefined);
}
