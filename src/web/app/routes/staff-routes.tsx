import { createRoute } from "@tanstack/react-router";
import { z } from "zod";
import { DashboardPage } from "../../features/dashboard/dashboard-page.js";
import { OutboxPage } from "../../features/outbox/outbox-page.js";
import { WorkerCreatePage } from "../../features/workers/worker-create-page.js";
import { WorkerDetailPage } from "../../features/workers/worker-detail-page.js";
import { WorkerEditPage } from "../../features/workers/worker-edit-page.js";
import { WorkerListPage } from "../../features/workers/worker-list-page.js";
import { workerListSearch } from "../../features/workers/worker-list-search.js";
import { WORKER_TABS } from "../../features/workers/worker-tabs.js";
import { StaffLayout } from "../../layouts/staff-layout.js";
import { StaffNotFound } from "../../layouts/staff-not-found.js";
import { createEmployerAreaRoutes } from "./employer-area-routes.js";
import { requireArea } from "./guards.js";
import { createOfferAreaRoutes } from "./offer-area-routes.js";
import { createReferralAreaRoutes } from "./referral-area-routes.js";
import { rootRoute } from "./root-route.js";

/** The staff console: every page below needs a staff role (caseworker, coordinator, inspector, admin…). */
export const staffRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "staff",
  beforeLoad: ({ context, location }) => requireArea(context.queryClient, "staff", location.href),
  component: StaffLayout,
  notFoundComponent: StaffNotFound,
});

export const staffDashboardRoute = createRoute({ getParentRoute: () => staffRoute, path: "/", component: DashboardPage });

export const workerListRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "workers",
  validateSearch: workerListSearch,
  component: WorkerListPage,
});

export const workerCreateRoute = createRoute({ getParentRoute: () => staffRoute, path: "workers/new", component: WorkerCreatePage });

export const workerDetailRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "workers/$workerId",
  validateSearch: z.object({ tab: z.enum(WORKER_TABS).optional().catch(undefined) }),
  component: WorkerDetailPage,
});

export const workerEditRoute = createRoute({ getParentRoute: () => staffRoute, path: "workers/$workerId/edit", component: WorkerEditPage });

export const outboxRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "outbox",
  validateSearch: z.object({ page: z.coerce.number().int().min(1).optional().catch(undefined) }),
  component: OutboxPage,
});

export const staffRoutes = [
  staffDashboardRoute,
  workerListRoute,
  workerCreateRoute,
  workerDetailRoute,
  workerEditRoute,
  outboxRoute,
  ...createEmployerAreaRoutes(staffRoute),
  ...createOfferAreaRoutes(staffRoute),
  ...createReferralAreaRoutes(staffRoute),
] as const;
