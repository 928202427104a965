import type { Role } from "../../core/access/roles.js";

/** Every cookie of the sign-in starts with this: `__Host-` binds it to this host, over HTTPS, for the whole site. */
export const SESSION_COOKIE_PREFIX = "__Host-primacenters";
export const SESSION_COOKIE = `${SESSION_COOKIE_PREFIX}.session_token`;

/** A session ends this long after sign-in, however busy (ASVS 7.3.2). */
export const ABSOLUTE_SESSION_SECONDS = 12 * 60 * 60;

/**
 * A session ends after this long without a request (ASVS 7.3.1). Staff and employers see other people's data:
 * 30 minutes. A worker sees only their own file on their own phone and pays for each sign-in code by waiting for
 * an SMS: 2 hours.
 */
export function idleTimeoutSeconds(role: Role | string): number {
  return role === "worker" ? 2 * 60 * 60 : 30 * 60;
}

/** Activity is written to the session at most this often, so a busy session does not write on every request. */
export const ACTIVITY_RESOLUTION_SECONDS = 60;

export interface SessionTimes {
  createdAt: Date;
  /** The last recorded activity. */
  updatedAt: Date;
}

/** expired: end it now; active: carry on and record the activity; fresh: carry on, activity recorded recently. */
export function sessionState(session: SessionTimes, role: string, now: Date): "expired" | "active" | "fresh" {
  const sinceStart = (now.getTime() - session.createdAt.getTime()) / 1000;
  const idle = (now.getTime() - session.updatedAt.getTime()) / 1000;
  if (sinceStart >= ABSOLUTE_SESSION_SECONDS || idle >= idleTimeoutSeconds(role)) return "expired";
  return idle >= ACTIVITY_RESOLUTION_SECONDS ? "active" : "fresh";
}
