import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { offerCreateSearch, offerListSearch } from "../../features/offers/offer-list-search.js";
import type { staffRoute as staffRouteType } from "./staff-routes.js";

/**
 * The parent route is passed in (and only its type imported) so that this file and the one that lists it do not
 * import each other: a cycle between route files breaks as soon as something imports them in another order.
 * Pages load on first visit, like the rest of the console: nobody downloads screens they never open.
 */
export function createOfferAreaRoutes(staffRoute: typeof staffRouteType) {
  /** Job offers in the staff console; an offer's candidates page belongs to the referrals area. */
  const offerListRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "offers",
    validateSearch: offerListSearch,
    component: lazyRouteComponent(() => import("../../features/offers/offer-list-page.js"), "OfferListPage"),
  });

  const offerCreateRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "offers/new",
    validateSearch: offerCreateSearch,
    component: lazyRouteComponent(() => import("../../features/offers/offer-create-page.js"), "OfferCreatePage"),
  });

  const offerDetailRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "offers/$offerId",
    component: lazyRouteComponent(() => import("../../features/offers/offer-detail-page.js"), "OfferDetailPage"),
  });

  const offerEditRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "offers/$offerId/edit",
    component: lazyRouteComponent(() => import("../../features/offers/offer-edit-page.js"), "OfferEditPage"),
  });
  return [offerListRoute, offerCreateRoute, offerDetailRoute, offerEditRoute] as const;
}
