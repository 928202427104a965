import { fromNodeHeaders } from "better-auth/node";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type Actor, ROLES, type Role } from "../../core/access/roles.js";
import type { Database } from "../../db/database.js";
import { deleteSession, recordSessionActivity } from "../../db/repositories/session-repository.js";
import type { Auth } from "../auth/create-auth.js";
import { cachedSession, cacheSession, forgetCachedSessions } from "../auth/session-cache.js";
import { SESSION_COOKIE, sessionState } from "../auth/session-policy.js";
import { errorBody } from "./error-handler.js";
import type { SignInLimiter } from "./sign-in-rate-limit.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user, or null; resolved once per request. */
    actor: Actor | null;
    /** The session the request came with (still valid), or null. */
    authSession: { id: string; token: string } | null;
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

/** Headers better-auth must not see: who the client is, is Fastify's to say (request.ip, TRUST_PROXY). */
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-real-ip"];

function headersForAuth(request: FastifyRequest): Headers {
  const headers = fromNodeHeaders(request.headers);
  for (const name of FORWARDING_HEADERS) headers.delete(name);
  return headers;
}

/** The session token a Set-Cookie gives, if it gives one (signed value "token.signature"). */
function issuedSessionToken(cookies: string[]): string | null {
  const cookie = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const value = cookie ? decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1).split(";")[0] ?? "") : "";
  return value === "" ? null : (value.split(".")[0] ?? null);
}

export interface AuthenticationOptions {
  auth: Auth;
  db: Database;
  /** Per-account and per-address limits on sign-in attempts; null when switched off (tests). */
  limiter: SignInLimiter | null;
}

/** The signed value of the session cookie, if the request has one. */
function sessionCookieOf(header: string | undefined): string | null {
  const prefix = `${SESSION_COOKIE}=`;
  const part = header?.split(";").find((piece) => piece.trimStart().startsWith(prefix));
  return part ? part.trimStart().slice(prefix.length) || null : null;
}

/** Mounts better-auth under /api/auth and resolves the session of every API request. */
export function registerAuthentication(app: FastifyInstance, { auth, db, limiter }: AuthenticationOptions) {
  type FoundSession = NonNullable<Awaited<ReturnType<typeof auth.api.getSession>>>;

  /** Asks better-auth (which checks the cookie's signature) and keeps its answer for the next few seconds. */
  async function lookUpSession(request: FastifyRequest, cookie: string, now: Date): Promise<FoundSession | null> {
    const found = await auth.api.getSession({ headers: headersForAuth(request) });
    if (found) cacheSession(cookie, found, now.getTime());
    return found;
  }

  app.decorateRequest("actor", null);
  app.decorateRequest("authSession", null);
  const baseUrl = String(auth.options.baseURL);

  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    config: { action: "public" },
    schema: { hide: true },
    async handler(request, reply) {
      // Signing in or out, changing a password, ending other sessions: what was cached may no longer hold.
      forgetCachedSessions();
      const attempt = limiter ? await limiter(request) : null;
      if (attempt?.refused) return sendRateLimited(reply, attempt.retryAfterSeconds);
      const url = new URL(request.url, baseUrl);
      const body = request.body === undefined ? undefined : JSON.stringify(request.body);
      const response = await auth.handler(new Request(url, { method: request.method, headers: headersForAuth(request), body }));
      const extraCookies = attempt ? await attempt.finish(response.status) : [];
      // A failure inside the sign-in library answers in the API's own error shape, without its internals.
      if (response.status >= 500) {
        request.log.error({ status: response.status }, "sign-in endpoint failed");
        return reply.status(500).send(errorBody("internal", "Something went wrong on our side."));
      }
      if (response.status === 429) return sendRateLimited(reply, Number(response.headers.get("x-retry-after") ?? 60));
      const cookies = response.headers.getSetCookie();
      // A new sign-in never keeps the session the browser came with (no session fixation).
      const issued = issuedSessionToken(cookies);
      if (issued && request.authSession && issued !== request.authSession.token) await deleteSession(db, request.authSession.id);
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== "set-cookie") reply.header(key, value);
      });
      const allCookies = [...cookies, ...extraCookies];
      if (allCookies.length > 0) reply.header("set-cookie", allCookies);
      const text = await response.text();
      return reply.send(text.length > 0 ? text : null);
    },
  });

  // Before validation, so an anonymous request is told to sign in rather than how its body is wrong.
  app.addHook("preValidation", async (request: FastifyRequest) => {
    if (!request.url.startsWith("/api/")) return;
    const cookie = sessionCookieOf(request.headers.cookie);
    if (!cookie) return;
    const now = new Date();
    const found = cachedSession<FoundSession>(cookie, now.getTime()) ?? (await lookUpSession(request, cookie, now));
    if (!found) return;
    const { session, user } = found;
    const state = sessionState(session, String(user.role), now);
    // Idle or too old: the session ends here, on the server, and the request goes on as anonymous.
    if (state === "expired") {
      forgetCachedSessions();
      return deleteSession(db, session.id);
    }
    if (state === "active") {
      // Marked before the write, on the cached session too: the person's other requests meanwhile find it fresh
      // instead of all writing the same row (200 at once queued on its lock for tens of milliseconds).
      session.updatedAt = now;
      await recordSessionActivity(db, session.id, now);
    }
    request.authSession = { id: session.id, token: session.token };
    if (!request.url.startsWith("/api/auth/")) request.actor = actorFromUser(user as SessionUser);
  });
}

function sendRateLimited(reply: FastifyReply, retryAfterSeconds: number) {
  return reply
    .status(429)
    .header("retry-after", String(Math.max(1, Math.ceil(retryAfterSeconds))))
    .send(errorBody("rate_limited", "Too many attempts; try again after the time in Retry-After."));
}
