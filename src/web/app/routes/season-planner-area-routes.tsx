import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { planListSearch, planPageSearch } from "../../features/season-planner/plan-search.js";
import type { staffRoute as staffRouteType } from "./staff-routes.js";

/**
 * The season planner: a coordinator runs the allocation of a season for one or more centres, reads the proposal and
 * accepts or rejects it in bulk. The parent route is passed in (and only its type imported), as for the other areas.
 */
export function createSeasonPlannerAreaRoutes(staffRoute: typeof staffRouteType) {
  const planListRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "season-planner",
    validateSearch: planListSearch,
    component: lazyRouteComponent(() => import("../../features/season-planner/plan-list-page.js"), "PlanListPage"),
  });

  const planCreateRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "season-planner/new",
    component: lazyRouteComponent(() => import("../../features/season-planner/plan-create-page.js"), "PlanCreatePage"),
  });

  /** One plan: its progress while it runs, then the proposal; a worker's chain opens in a drawer (?worker=). */
  const planDetailRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "season-planner/$planId",
    validateSearch: planPageSearch,
    component: lazyRouteComponent(() => import("../../features/season-planner/plan-page.js"), "PlanPage"),
  });
  return [planListRoute, planCreateRoute, planDetailRoute] as const;
}
