import type { FastifyInstance } from "fastify";
import { type Action, mayEver } from "../../core/access/policy.js";
import type { Database } from "../../db/database.js";
import { recordAudit } from "../audit/record-audit.js";
import { errorBody } from "./error-handler.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The policy action the route performs, or "public" (health, docs, sign-in) or "signed-in" (own session). */
    action?: Action | "public" | "signed-in";
  }
}

/**
 * The first gate of every API route: not signed in → 401; a role that may never take the action → 403 (audited).
 * Which records the actor may touch is decided again, per record, in the use case.
 */
export function registerAccessCheck(app: FastifyInstance, db: Database) {
  // Fail at start-up, not in production traffic, when an API route forgets to say what it does.
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/") && route.config?.action === undefined) {
      throw new Error(`API route ${String(route.method)} ${route.url} declares no access action (config.action)`);
    }
  });
  app.addHook("preValidation", async (request, reply) => {
    // By route, not by URL: an unknown /api/ path reaches the web app's catch-all route, which answers the API 404.
    if (!request.routeOptions.url?.startsWith("/api/")) return;
    const action = request.routeOptions.config.action;
    // The onRoute guard makes a missing action impossible; should one slip through, refuse rather than guess.
    if (action === undefined) return reply.status(403).send(errorBody("forbidden", "This action is not allowed."));
    if (action === "public") return;
    const actor = request.actor;
    if (!actor) return reply.status(401).send(errorBody("unauthenticated", "Please sign in."));
    if (action === "signed-in" || mayEver(actor, action)) return;
    await recordAudit(db, {
      actor,
      action,
      entityType: action.split(".")[0] ?? "unknown",
      entityId: null,
      centreId: actor.centreId,
      outcome: "denied",
    });
    return reply.status(403).send(errorBody("forbidden", "This action is not allowed for your role."));
  });
}
