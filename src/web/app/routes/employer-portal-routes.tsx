import { createRoute } from "@tanstack/react-router";
import { CandidatesPage } from "../../features/employer-portal/candidates/candidates-page.js";
import { candidatesSearch } from "../../features/employer-portal/candidates/candidates-search.js";
import { CompanyPage } from "../../features/employer-portal/company-page.js";
import { MyOfferCreatePage } from "../../features/employer-portal/offers/my-offer-create-page.js";
import { MyOfferEditPage } from "../../features/employer-portal/offers/my-offer-edit-page.js";
import { MyOfferPage } from "../../features/employer-portal/offers/my-offer-page.js";
import { MyOffersPage } from "../../features/employer-portal/offers/my-offers-page.js";
import { myOffersSearch } from "../../features/employer-portal/offers/my-offers-search.js";
import type { employerRoute as employerRouteType } from "./portal-routes.js";

/**
 * The parent route is passed in (and only its type imported) so that this file and the one that lists it do not
 * import each other: a cycle between route files breaks as soon as something imports them in another order.
 */
export function createEmployerPortalRoutes(employerRoute: typeof employerRouteType) {
  /** The employer portal's own pages: its offers, the candidates referred to it, and its company. */
  const myOffersRoute = createRoute({
    getParentRoute: () => employerRoute,
    path: "offers",
    validateSearch: myOffersSearch,
    component: MyOffersPage,
  });

  const myOfferCreateRoute = createRoute({ getParentRoute: () => employerRoute, path: "offers/new", component: MyOfferCreatePage });

  const myOfferRoute = createRoute({ getParentRoute: () => employerRoute, path: "offers/$offerId", component: MyOfferPage });

  const myOfferEditRoute = createRoute({ getParentRoute: () => employerRoute, path: "offers/$offerId/edit", component: MyOfferEditPage });

  const candidatesRoute = createRoute({
    getParentRoute: () => employerRoute,
    path: "candidates",
    validateSearch: candidatesSearch,
    component: CandidatesPage,
  });

  const companyRoute = createRoute({ getParentRoute: () => employerRoute, path: "company", component: CompanyPage });
  return [myOffersRoute, myOfferCreateRoute, myOfferRoute, myOfferEditRoute, candidatesRoute, companyRoute] as const;
}
