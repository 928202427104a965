import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import type { workerPortalRoute as workerPortalRouteType } from "./portal-routes.js";
import type { publicLayoutRoute as publicLayoutRouteType } from "./public-routes.js";

// Reporting a grievance. The parent routes are passed in (only their types imported) so that route files never import
// each other in a cycle.

/** Open to everyone, no account: "/report" and "/report/follow". */
export function createGrievanceReportRoutes(publicLayoutRoute: typeof publicLayoutRouteType) {
  const reportRoute = createRoute({
    getParentRoute: () => publicLayoutRoute,
    path: "report",
    component: lazyRouteComponent(() => import("../../features/grievance-report/report-page.js"), "ReportPage"),
  });
  const followRoute = createRoute({
    getParentRoute: () => publicLayoutRoute,
    path: "report/follow",
    component: lazyRouteComponent(() => import("../../features/grievance-report/follow-page.js"), "FollowPage"),
  });
  return [reportRoute, followRoute] as const;
}

/** In the worker portal: "/me/report" (signed by default), "/me/reports" and one report's progress. */
export function createMyGrievanceRoutes(workerPortalRoute: typeof workerPortalRouteType) {
  const workerReportRoute = createRoute({
    getParentRoute: () => workerPortalRoute,
    path: "report",
    component: lazyRouteComponent(() => import("../../features/grievance-report/worker-report-page.js"), "WorkerReportPage"),
  });
  const myReportsRoute = createRoute({
    getParentRoute: () => workerPortalRoute,
    path: "reports",
    component: lazyRouteComponent(() => import("../../features/grievance-report/my-reports-page.js"), "MyReportsPage"),
  });
  const myReportRoute = createRoute({
    getParentRoute: () => workerPortalRoute,
    path: "reports/$grievanceId",
    component: lazyRouteComponent(() => import("../../features/grievance-report/my-report-page.js"), "MyReportPage"),
  });
  return [workerReportRoute, myReportsRoute, myReportRoute] as const;
}
