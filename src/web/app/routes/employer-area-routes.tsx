import { createRoute } from "@tanstack/react-router";
import { EmployerCreatePage } from "../../features/employers/employer-create-page.js";
import { EmployerDetailPage } from "../../features/employers/employer-detail-page.js";
import { EmployerEditPage } from "../../features/employers/employer-edit-page.js";
import { employerListSearch } from "../../features/employers/employer-list-search.js";
import { EmployerListPage } from "../../features/employers/employer-list-page.js";
import type { staffRoute as staffRouteType } from "./staff-routes.js";

/**
 * The parent route is passed in (and only its type imported) so that this file and the one that lists it do not
 * import each other: a cycle between route files breaks as soon as something imports them in another order.
 */
export function createEmployerAreaRoutes(staffRoute: typeof staffRouteType) {
  /** Employers in the staff console: the centre's farms, cooperatives, fisheries and packing houses. */
  const employerListRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "employers",
    validateSearch: employerListSearch,
    component: EmployerListPage,
  });

  const employerCreateRoute = createRoute({ getParentRoute: () => staffRoute, path: "employers/new", component: EmployerCreatePage });

  const employerDetailRoute = createRoute({ getParentRoute: () => staffRoute, path: "employers/$employerId", component: EmployerDetailPage });

  const employerEditRoute = createRoute({ getParentRoute: () => staffRoute, path: "employers/$employerId/edit", component: EmployerEditPage });
  return [employerListRoute, employerCreateRoute, employerDetailRoute, employerEditRoute] as const;
}
