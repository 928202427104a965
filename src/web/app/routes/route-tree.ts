import type { QueryClient } from "@tanstack/react-query";
import { createRouter } from "@tanstack/react-router";
import { PageLoading } from "../../components/page-states.js";
import { createGrievanceReportRoutes } from "./grievance-report-area-routes.js";
import { employerRoute, employerRoutes, workerPortalRoute, workerPortalRoutes } from "./portal-routes.js";
import { aboutRoute, indexRoute, publicLayoutRoute, signInRoute } from "./public-routes.js";
import { rootRoute } from "./root-route.js";
import { staffRoute, staffRoutes } from "./staff-routes.js";

/** The whole route tree, in code: each area's routes live in their own file and are listed here once. */
export const routeTree = rootRoute.addChildren([
  indexRoute,
  publicLayoutRoute.addChildren([signInRoute, aboutRoute, ...createGrievanceReportRoutes(publicLayoutRoute)]),
  staffRoute.addChildren(staffRoutes),
  employerRoute.addChildren(employerRoutes),
  workerPortalRoute.addChildren(workerPortalRoutes),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: "intent",
    // Guards and loaders read the query cache, which has its own freshness rules.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PageLoading,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
