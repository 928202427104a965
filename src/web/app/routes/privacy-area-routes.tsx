import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import type { staffRoute as staffRouteType } from "./staff-routes.js";

/**
 * The privacy pages of the staff console (record of processing, retention schedule) and a worker's export and
 * erasure, linked from the worker's page. The parent route is passed in so that route files do not import each other.
 */
export function createPrivacyAreaRoutes(staffRoute: typeof staffRouteType) {
  const recordRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "privacy",
    component: lazyRouteComponent(() => import("../../features/privacy/record-of-processing-page.js"), "RecordOfProcessingPage"),
  });
  const retentionRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "privacy/retention",
    component: lazyRouteComponent(() => import("../../features/privacy/retention-page.js"), "RetentionPage"),
  });
  const workerExportRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "workers/$workerId/export",
    component: lazyRouteComponent(() => import("../../features/privacy/staff-worker-export-page.js"), "StaffWorkerExportPage"),
  });
  const workerEraseRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "workers/$workerId/erase",
    component: lazyRouteComponent(() => import("../../features/privacy/worker-erase-page.js"), "WorkerErasePage"),
  });
  return [recordRoute, retentionRoute, workerExportRoute, workerEraseRoute] as const;
}
