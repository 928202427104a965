import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { MyProfilePage } from "../../features/worker-portal/my-profile-page.js";
import { createMyGrievanceRoutes } from "./grievance-report-area-routes.js";
import type { workerPortalRoute as workerPortalRouteType } from "./portal-routes.js";

/**
 * The parent route is passed in (and only its type imported) so that this file and the one that lists it do not
 * import each other: a cycle between route files breaks as soon as something imports them in another order.
 */
export function createWorkerPortalRoutes(workerPortalRoute: typeof workerPortalRouteType) {
  /** The worker's own file, read-only: "/me/profile". */
  const myProfileRoute = createRoute({ getParentRoute: () => workerPortalRoute, path: "profile", component: MyProfilePage });
  /** Everything the centre holds about the worker, to print or download: "/me/my-data". */
  const myDataRoute = createRoute({
    getParentRoute: () => workerPortalRoute,
    path: "my-data",
    component: lazyRouteComponent(() => import("../../features/privacy/my-data-page.js"), "MyDataPage"),
  });
  /** "How is your job going?": answering a check-in after placement, one question at a time. */
  const checkInAnswerRoute = createRoute({
    getParentRoute: () => workerPortalRoute,
    path: "check-ins/$checkInId",
    component: lazyRouteComponent(() => import("../../features/worker-portal/check-ins/check-in-answer-page.js"), "CheckInAnswerPage"),
  });
  return [myProfileRoute, myDataRoute, checkInAnswerRoute, ...createMyGrievanceRoutes(workerPortalRoute)] as const;
}
