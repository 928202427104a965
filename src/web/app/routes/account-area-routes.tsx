import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import type { staffRoute as staffRouteType } from "./staff-routes.js";

/** The signed-in staff member's own account settings (the parent is passed in to avoid an import cycle). */
export function createAccountAreaRoutes(staffRoute: typeof staffRouteType) {
  const twoFactorRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "account/two-step",
    component: lazyRouteComponent(() => import("../../features/account/two-factor-page.js"), "TwoFactorPage"),
  });
  const changePasswordRoute = createRoute({
    getParentRoute: () => staffRoute,
    path: "account/password",
    component: lazyRouteComponent(() => import("../../features/account/change-password-page.js"), "ChangePasswordPage"),
  });
  return [twoFactorRoute, changePasswordRoute] as const;
}
