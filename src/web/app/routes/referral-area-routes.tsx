import { createRoute } from "@tanstack/react-router";
import { candidatesSearch } from "../../features/offer-candidates/candidates-search.js";
import { OfferCandidatesPage } from "../../features/offer-candidates/offer-candidates-page.js";
import { ReferralListPage } from "../../features/referrals/referral-list-page.js";
import { referralListSearch } from "../../features/referrals/referral-list-search.js";
import type { staffRoute as staffRouteType } from "./staff-routes.js";

/**
 * The parent route is passed in (and only its type imported) so that this file and the one that lists it do not
 * import each other: a cycle between route files breaks as soon as something imports them in another order.
 */
export function createReferralAreaRoutes(staffRoute: typeof staffRouteType) {
  /** Ranked candidates for one offer, where a caseworker proposes or refers workers (linked from the offer's page). */
  const offerCandidatesRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "offers/$offerId/candidates",
    validateSearch: candidatesSearch,
    component: OfferCandidatesPage,
  });

  /** Every candidacy of the centre and its next steps. */
  const referralListRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "referrals",
    validateSearch: referralListSearch,
    component: ReferralListPage,
  });
  return [offerCandidatesRoute, referralListRoute] as const;
}
