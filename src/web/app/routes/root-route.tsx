import { createRootRouteWithContext, Outlet } from "@tanstack/react-router";
import { NotFoundPage } from "../../components/not-found-page.js";
import { PageError } from "../../components/page-states.js";
import type { RouterContext } from "./router-context.js";

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: ({ error, reset }) => <PageError error={error} onRetry={reset} />,
});
