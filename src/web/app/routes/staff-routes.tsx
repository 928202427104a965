import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { z } from "zod";
import { BREACH_STATUSES } from "../../../core/breaches/breach-schemas.js";
import { CHECK_IN_VIEWS } from "../../../core/check-ins/check-in-schemas.js";
import { LABOUR_RULE_KINDS } from "../../../core/labour-rules/labour-rule-codes.js";
import { COUNTRIES } from "../../../core/reference/codes.js";
import { userListSearch } from "../../features/users/user-list-search.js";
import { workerListSearch } from "../../features/workers/worker-list-search.js";
import { WORKER_TABS } from "../../features/workers/worker-tabs.js";
import { StaffNotFound } from "../../layouts/staff-not-found.js";
import { createAccountAreaRoutes } from "./account-area-routes.js";
import { createEmployerAreaRoutes } from "./employer-area-routes.js";
import { createGrievanceAreaRoutes } from "./grievance-area-routes.js";
import { requireArea } from "./guards.js";
import { createInspectionAreaRoutes } from "./inspection-area-routes.js";
import { createOfferAreaRoutes } from "./offer-area-routes.js";
import { createPrivacyAreaRoutes } from "./privacy-area-routes.js";
import { createReferralAreaRoutes } from "./referral-area-routes.js";
import { rootRoute } from "./root-route.js";
import { createSeasonPlannerAreaRoutes } from "./season-planner-area-routes.js";

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

export const checkInListRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "check-ins",
  validateSearch: z.object({
    page: z.coerce.number().int().min(1).optional().catch(undefined),
    view: z.enum(CHECK_IN_VIEWS).optional().catch(undefined),
    callOnly: z.boolean().optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import("../../features/check-ins/check-in-list-page.js"), "CheckInListPage"),
});

/** The coordinator's overview of decent work: open and late cases, employers on hold or below the fair-work bar. */
export const complianceOverviewRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "decent-work",
  component: lazyRouteComponent(() => import("../../features/fair-work/compliance-overview-page.js"), "ComplianceOverviewPage"),
});

export const labourRuleListRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "labour-rules",
  validateSearch: z.object({
    page: z.coerce.number().int().min(1).optional().catch(undefined),
    country: z.enum(COUNTRIES).optional().catch(undefined),
    kind: z.enum(LABOUR_RULE_KINDS).optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import("../../features/labour-rules/labour-rule-list-page.js"), "LabourRuleListPage"),
});

export const userListRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "users",
  validateSearch: userListSearch,
  component: lazyRouteComponent(() => import("../../features/users/user-list-page.js"), "UserListPage"),
});

export const staffRoutes = [
  staffDashboardRoute,
  workerListRoute,
  workerCreateRoute,
  workerDetailRoute,
  workerEditRoute,
  outboxRoute,
  breachListRoute,
  checkInListRoute,
  labourRuleListRoute,
  complianceOverviewRoute,
  userListRoute,
  ...createEmployerAreaRoutes(staffRoute),
  ...createOfferAreaRoutes(staffRoute),
  ...createReferralAreaRoutes(staffRoute),
  ...createAccountAreaRoutes(staffRoute),
  ...createPrivacyAreaRoutes(staffRoute),
  ...createGrievanceAreaRoutes(staffRoute),
  ...createInspectionAreaRoutes(staffRoute),
  ...createSeasonPlannerAreaRoutes(staffRoute),
] as const;
