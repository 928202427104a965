import { createRoute } from "@tanstack/react-router";
import { EmployerPortalHomePage } from "../../features/employer-portal/employer-portal-home-page.js";
import { WorkerPortalHomePage } from "../../features/worker-portal/worker-portal-home-page.js";
import { EmployerLayout } from "../../layouts/employer-layout.js";
import { WorkerLayout } from "../../layouts/worker-layout.js";
import { createEmployerPortalRoutes } from "./employer-portal-routes.js";
import { requireArea } from "./guards.js";
import { rootRoute } from "./root-route.js";
import { createWorkerPortalRoutes } from "./worker-portal-area-routes.js";

/** The employer portal: a farm, cooperative, fishery or packing house. */
export const employerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "employer",
  beforeLoad: ({ context, location }) => requireArea(context.queryClient, "employer", location.href),
  component: EmployerLayout,
});
export const employerHomeRoute = createRoute({ getParentRoute: () => employerRoute, path: "/", component: EmployerPortalHomePage });
export const employerRoutes = [employerHomeRoute, ...createEmployerPortalRoutes(employerRoute)] as const;

/** The worker portal, "/me": a worker's own file, offers and messages, on a phone. */
export const workerPortalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "me",
  beforeLoad: ({ context, location }) => requireArea(context.queryClient, "worker", location.href),
  component: WorkerLayout,
});
export const workerHomeRoute = createRoute({ getParentRoute: () => workerPortalRoute, path: "/", component: WorkerPortalHomePage });
export const workerPortalRoutes = [workerHomeRoute, ...createWorkerPortalRoutes(workerPortalRoute)] as const;
