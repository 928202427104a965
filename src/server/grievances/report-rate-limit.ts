import { createHmac } from "node:crypto";
import type { FastifyReply } from "fastify";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { countAttempt, deleteExpiredCounters, uncountAttempt } from "../../db/repositories/sign-in-limit-repository.js";

/**
 * Limits on the public grievance routes, counted in the database like the sign-in limits (shared by every server
 * process), per client address or per SMS sender. Reports and messages always count; a follow-up code counts only
 * when it is wrong, so guessing codes stops long before it could succeed while a reporter reads their case freely.
 */
export const REPORT_LIMITS = {
  /** Reports from one address: a shared phone or an NGO office may send several. */
  report: { limit: 20, windowSeconds: 3600 },
  /** Wrong follow-up codes from one address. */
  follow: { limit: 10, windowSeconds: 900 },
  /** Messages from reporters from one address. */
  message: { limit: 30, windowSeconds: 3600 },
  /** Texts from one phone number to the SMS number. */
  sms: { limit: 10, windowSeconds: 3600 },
} as const;
export type ReportLimitKind = keyof typeof REPORT_LIMITS;

export interface CountedAttempt {
  /** Gives the attempt back (a right follow-up code). */
  giveBack(): Promise<void>;
}

export function createReportLimiter(db: Database, secret: string) {
  // Addresses and phone numbers are never stored as such: only an HMAC names the counter.
  const keyOf = (kind: ReportLimitKind, subject: string) =>
    createHmac("sha256", secret).update(`grievance-${kind}\u0000${subject}`).digest("base64url");
  let lastCleanUp = 0;

  /** Counts an attempt, or refuses it with 429 and Retry-After once the subject is over the limit. */
  return async function countReportAttempt(
    kind: ReportLimitKind,
    subject: string,
    reply: FastifyReply | null,
    now = new Date(),
  ): Promise<CountedAttempt> {
    const { limit, windowSeconds } = REPORT_LIMITS[kind];
    const key = keyOf(kind, subject);
    if (now.getTime() - lastCleanUp > 60_000) {
      lastCleanUp = now.getTime();
      await deleteExpiredCounters(db, now);
    }
    const [state] = await countAttempt(db, [{ key, windowSeconds }], now);
    if (state && state.count > limit) {
      const retryAfter = Math.max(1, Math.ceil((state.resetAt.getTime() - now.getTime()) / 1000));
      reply?.header("retry-after", String(retryAfter));
      throw new DomainError("rate_limited", "Too many attempts; try again after the time in Retry-After.");
    }
    return { giveBack: () => uncountAttempt(db, [key]) };
  };
}
export type ReportLimiter = ReturnType<typeof createReportLimiter>;
