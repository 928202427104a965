import { fromNodeHeaders } from "better-auth/node";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { type Actor, ROLES, type Role } from "../../core/access/roles.js";
import type { Auth } from "../auth/create-auth.js";
import { errorBody } from "./error-handler.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user, or null; resolved once per request. */
    actor: Actor | null;
  }
}

interface SessionUser {
  id: string;
  role?: string | null;
  centreId?: string | null;
  workerId?: string | null;
  employerId?: string | null;
  disabled?: boolean | null;
}

export function actorFromUser(user: SessionUser): Actor | null {
  if (user.disabled || !ROLES.includes(user.role as Role)) return null;
  return {
    userId: user.id,
    role: user.role as Role,
    centreId: user.centreId ?? null,
    workerId: user.workerId ?? null,
    employerId: user.employerId ?? null,
  };
}

/** Mounts better-auth under /api/auth and resolves the session of every other API request. */
export function registerAuthentication(app: FastifyInstance, auth: Auth) {
  app.decorateRequest("actor", null);

  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    config: { action: "public" },
    schema: { hide: true },
    async handler(request, reply) {
      const url = new URL(request.url, `http://${request.headers.host ?? "localhost"}`);
      const body = request.body === undefined ? undefined : JSON.stringify(request.body);
      const response = await auth.handler(new Request(url, { method: request.method, headers: fromNodeHeaders(request.headers), body }));
      // A failure inside the sign-in library answers in the API's own error shape, without its internals.
      if (response.status >= 500) {
        request.log.error({ status: response.status }, "sign-in endpoint failed");
        return reply.status(500).send(errorBody("internal", "Something went wrong on our side."));
      }
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== "set-cookie") reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header("set-cookie", cookies);
      const text = await response.text();
      return reply.send(text.length > 0 ? text : null);
    },
  });

  // Before validation, so an anonymous request is told to sign in rather than how its body is wrong.
  app.addHook("preValidation", async (request: FastifyRequest) => {
    if (!request.url.startsWith("/api/") || request.url.startsWith("/api/auth/")) return;
    if (!request.headers.cookie) return;
    const session = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
    request.actor = session ? actorFromUser(session.user as SessionUser) : null;
  });
}
