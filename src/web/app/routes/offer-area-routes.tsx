import { createRoute } from "@tanstack/react-router";
import { OfferCreatePage } from "../../features/offers/offer-create-page.js";
import { OfferDetailPage } from "../../features/offers/offer-detail-page.js";
import { OfferEditPage } from "../../features/offers/offer-edit-page.js";
import { offerCreateSearch, offerListSearch } from "../../features/offers/offer-list-search.js";
import { OfferListPage } from "../../features/offers/offer-list-page.js";
import type { staffRoute as staffRouteType } from "./staff-routes.js";

/**
 * The parent route is passed in (and only its type imported) so that this file and the one that lists it do not
 * import each other: a cycle between route files breaks as soon as something imports them in another order.
 */
export function createOfferAreaRoutes(staffRoute: typeof staffRouteType) {
  /** Job offers in the staff console; an offer's candidates page belongs to the referrals area. */
  const offerListRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "offers",
    validateSearch: offerListSearch,
    component: OfferListPage,
  });

  const offerCreateRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "offers/new",
    validateSearch: offerCreateSearch,
    component: OfferCreatePage,
  });

  const offerDetailRoute = createRoute({ getParentRoute: () => staffRoute, path: "offers/$offerId", component: OfferDetailPage });

  const offerEditRoute = createRoute({ getParentRoute: () => staffRoute, path: "offers/$offerId/edit", component: OfferEditPage });
  return [offerListRoute, offerCreateRoute, offerDetailRoute, offerEditRoute] as const;
}
