import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { z } from "zod";
import { BREACH_STATUSES } from "../../../core/breaches/breach-schemas.js";
import { workerListSearch } from "../../features/workers/worker-list-search.js";
import { WORKER_TABS } from "../../features/workers/worker-tabs.js";
import { StaffNotFound } from "../../layouts/staff-not-found.js";
import { createAccountAreaRoutes } from "./account-area-routes.js";
import { createEmployerAreaRoutes } from "./employer-area-routes.js";
import { requireArea } from "./guards.js";
import { createOfferAreaRoutes } from "./offer-area-routes.js";
import { createPrivacyAreaRoutes } from "./privacy-area-routes.js";
import { createReferralAreaRoutes } from "./referral-area-routes.js";
import { rootRoute } from "./root-route.js";

// Console pages load on first visit: a worker on a phone never downloads the staff console.

/** The staff console: every page below needs a staff role (caseworker, coordinator, inspector, admin…). */
export const staffRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "staff",
  beforeLoad: ({ context, location }) => requireArea(context.queryClient, "staff", location.href),
  component: lazyRouteComponent(() => import("../../layouts/staff-layout.js"), "StaffLayout"),
  notFoundComponent: StaffNotFound,
});

export const staffDashboardRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "/",
  component: lazyRouteComponent(() => import("../../features/dashboard/dashboard-page.js"), "DashboardPage"),
});

export const workerListRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "workers",
  validateSearch: workerListSearch,
  component: lazyRouteComponent(() => import("../../features/workers/worker-list-page.js"), "WorkerListPage"),
});

export const workerCreateRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "workers/new",
  component: lazyRouteComponent(() => import("../../features/workers/worker-create-page.js"), "WorkerCreatePage"),
});

export const workerDetailRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "workers/$workerId",
  validateSearch: z.object({ tab: z.enum(WORKER_TABS).optional().catch(undefined) }),
  component: lazyRouteComponent(() => import("./worker-file-route.js"), "WorkerFileRoute"),
});

export const workerEditRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "workers/$workerId/edit",
  component: lazyRouteComponent(() => import("../../features/workers/worker-edit-page.js"), "WorkerEditPage"),
});

export const outboxRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "outbox",
  validateSearch: z.object({ page: z.coerce.number().int().min(1).optional().catch(undefined) }),
  component: lazyRouteComponent(() => import("../../features/outbox/outbox-page.js"), "OutboxPage"),
});

export const breachListRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "breaches",
  validateSearch: z.object({
    page: z.coerce.number().int().min(1).optional().catch(undefined),
    status: z.enum(BREACH_STATUSES).optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import("../../features/breaches/breach-list-page.js"), "BreachListPage"),
});

export const staffRoutes = [
  staffDashboardRoute,
  workerListRoute,
  workerCreateRoute,
  workerDetailRoute,
  workerEditRoute,
  outboxRoute,
  breachListRoute,
  ...createEmployerAreaRoutes(staffRoute),
  ...createOfferAreaRoutes(staffRoute),
  ...createReferralAreaRoutes(staffRoute),
  ...createAccountAreaRoutes(staffRoute),
  ...createPrivacyAreaRoutes(staffRoute),
] as const;
