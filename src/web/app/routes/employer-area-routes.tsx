import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { z } from "zod";
import { employerListSearch } from "../../features/employers/employer-list-search.js";
import { EMPLOYER_TABS } from "../../features/employers/employer-tabs.js";
import type { staffRoute as staffRouteType } from "./staff-routes.js";

/**
 * The parent route is passed in (and only its type imported) so that this file and the one that lists it do not
 * import each other: a cycle between route files breaks as soon as something imports them in another order.
 * Pages load on first visit, like the rest of the console: nobody downloads screens they never open.
 */
export function createEmployerAreaRoutes(staffRoute: typeof staffRouteType) {
  /** Employers in the staff console: the centre's farms, cooperatives, fisheries and packing houses. */
  const employerListRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "employers",
    validateSearch: employerListSearch,
    component: lazyRouteComponent(() => import("../../features/employers/employer-list-page.js"), "EmployerListPage"),
  });

  const employerCreateRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "employers/new",
    component: lazyRouteComponent(() => import("../../features/employers/employer-create-page.js"), "EmployerCreatePage"),
  });

  const employerDetailRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "employers/$employerId",
    validateSearch: z.object({ tab: z.enum(EMPLOYER_TABS).optional().catch(undefined) }),
    component: lazyRouteComponent(() => import("./employer-file-route.js"), "EmployerFileRoute"),
  });

  const employerEditRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "employers/$employerId/edit",
    component: lazyRouteComponent(() => import("../../features/employers/employer-edit-page.js"), "EmployerEditPage"),
  });
  return [employerListRoute, employerCreateRoute, employerDetailRoute, employerEditRoute] as const;
}
