import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { z } from "zod";
import { candidatesSearch } from "../../features/employer-portal/candidates/candidates-search.js";
import { myOffersSearch } from "../../features/employer-portal/offers/my-offers-search.js";
import type { employerRoute as employerRouteType } from "./portal-routes.js";

/**
 * The parent route is passed in (and only its type imported) so that this file and the one that lists it do not
 * import each other: a cycle between route files breaks as soon as something imports them in another order.
 * Pages load on first visit: a phone on a weak network downloads only the screens it opens.
 */
export function createEmployerPortalRoutes(employerRoute: typeof employerRouteType) {
  /** The employer portal's own pages: its offers, the candidates referred to it, and its company. */
  const myOffersRoute = createRoute({
    getParentRoute: () => employerRoute,
    path: "offers",
    validateSearch: myOffersSearch,
    component: lazyRouteComponent(() => import("../../features/employer-portal/offers/my-offers-page.js"), "MyOffersPage"),
  });

  const myOfferCreateRoute = createRoute({
    getParentRoute: () => employerRoute,
    path: "offers/new",
    component: lazyRouteComponent(() => import("../../features/employer-portal/offers/my-offer-create-page.js"), "MyOfferCreatePage"),
  });

  const myOfferRoute = createRoute({
    getParentRoute: () => employerRoute,
    path: "offers/$offerId",
    component: lazyRouteComponent(() => import("../../features/employer-portal/offers/my-offer-page.js"), "MyOfferPage"),
  });

  const myOfferEditRoute = createRoute({
    getParentRoute: () => employerRoute,
    path: "offers/$offerId/edit",
    component: lazyRouteComponent(() => import("../../features/employer-portal/offers/my-offer-edit-page.js"), "MyOfferEditPage"),
  });

  const candidatesRoute = createRoute({
    getParentRoute: () => employerRoute,
    path: "candidates",
    validateSearch: candidatesSearch,
    component: lazyRouteComponent(() => import("../../features/employer-portal/candidates/candidates-page.js"), "CandidatesPage"),
  });

  const companyRoute = createRoute({
    getParentRoute: () => employerRoute,
    path: "company",
    component: lazyRouteComponent(() => import("../../features/employer-portal/company-page.js"), "CompanyPage"),
  });

  const vettingRoute = createRoute({
    getParentRoute: () => employerRoute,
    path: "vetting",
    component: lazyRouteComponent(() => import("../../features/employer-portal/vetting/my-vetting-page.js"), "MyVettingPage"),
  });
  const correctiveActionsRoute = createRoute({
    getParentRoute: () => employerRoute,
    path: "corrective-actions",
    validateSearch: z.object({ page: z.coerce.number().int().min(1).optional().catch(undefined) }),
    component: lazyRouteComponent(
      () => import("../../features/employer-portal/corrective-actions/corrective-actions-page.js"),
      "CorrectiveActionsPage",
    ),
  });
  const complianceRoute = createRoute({
    getParentRoute: () => employerRoute,
    path: "compliance",
    component: lazyRouteComponent(() => import("../../features/employer-portal/compliance/my-compliance-page.js"), "MyCompliancePage"),
  });
  /** The contact person's own password (the staff console has the same page under /staff/account/password). */
  const changePasswordRoute = createRoute({
    getParentRoute: () => employerRoute,
    path: "account/password",
    component: lazyRouteComponent(
      () => import("../../features/employer-portal/account/change-password-page.js"),
      "EmployerChangePasswordPage",
    ),
  });
  return [
    myOffersRoute,
    myOfferCreateRoute,
    myOfferRoute,
    myOfferEditRoute,
    candidatesRoute,
    companyRoute,
    vettingRoute,
    correctiveActionsRoute,
    complianceRoute,
    changePasswordRoute,
  ] as const;
}
