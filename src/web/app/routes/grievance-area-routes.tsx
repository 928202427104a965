import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { grievanceListSearch } from "../../features/grievances/grievance-list-search.js";
import type { staffRoute as staffRouteType } from "./staff-routes.js";

/** Handling grievances in the staff console: the queue, recording a phone call, one case. */
export function createGrievanceAreaRoutes(staffRoute: typeof staffRouteType) {
  const grievanceListRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "grievances",
    validateSearch: grievanceListSearch,
    component: lazyRouteComponent(() => import("../../features/grievances/grievance-list-page.js"), "GrievanceListPage"),
  });
  const grievanceRecordRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "grievances/new",
    component: lazyRouteComponent(() => import("../../features/grievances/grievance-record-page.js"), "GrievanceRecordPage"),
  });
  const grievanceDetailRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "grievances/$grievanceId",
    component: lazyRouteComponent(() => import("../../features/grievances/grievance-detail-page.js"), "GrievanceDetailPage"),
  });
  return [grievanceListRoute, grievanceRecordRoute, grievanceDetailRoute] as const;
}
