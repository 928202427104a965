import type { FastifyInstance, RouteOptions } from "fastify";
import type { Action } from "../../core/access/policy.js";

/** An API route, the policy action it declares and its body schema: what the access tests enumerate. */
export interface RouteAction {
  method: string;
  url: string;
  action: Action | "public" | "signed-in" | undefined;
  /** The schema of the body, if the route takes one. */
  body: unknown;
}

const registries = new WeakMap<FastifyInstance, RouteOptions[]>();

/** Collects every /api route of this app as it is registered; read after start-up, once every hook set its action. */
export function collectRouteActions(app: FastifyInstance): void {
  const routes: RouteOptions[] = [];
  registries.set(app, routes);
  app.addHook("onRoute", (route: RouteOptions) => {
    if (route.url.startsWith("/api/")) routes.push(route);
  });
}

/** The routes of this app, in registration order (HEAD twins of GET routes left out). */
export function routeActionsOf(app: FastifyInstance): RouteAction[] {
  const routes = registries.get(app);
  if (!routes) throw new Error("this app does not collect its route actions");
  return routes.flatMap((route) =>
    [route.method]
      .flat()
      .filter((method) => method !== "HEAD")
      .map((method) => ({ method, url: route.url, action: route.config?.action, body: route.schema?.body })),
  );
}
