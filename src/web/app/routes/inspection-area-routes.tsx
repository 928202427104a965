import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { inspectionQueueSearch } from "../../features/inspections/inspection-queue-search.js";
import type { staffRoute as staffRouteType } from "./staff-routes.js";

/**
 * The inspectors' pages: the queue and one visit, made for a phone at the farm. The parent route is passed in (and
 * only its type imported) so that this file and the one that lists it do not import each other.
 */
export function createInspectionAreaRoutes(staffRoute: typeof staffRouteType) {
  const inspectionQueueRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "inspections",
    validateSearch: inspectionQueueSearch,
    component: lazyRouteComponent(() => import("../../features/inspections/inspection-queue-page.js"), "InspectionQueuePage"),
  });

  const inspectionVisitRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "inspections/$inspectionId",
    component: lazyRouteComponent(() => import("../../features/inspections/inspection-visit-page.js"), "InspectionVisitPage"),
  });
  return [inspectionQueueRoute, inspectionVisitRoute] as const;
}
