import { inArray, lt, sql } from "drizzle-orm";
import type { Database } from "../database.js";
import { signInLimits } from "../schema/auth.js";

export interface CounterState {
  key: string;
  count: number;
  resetAt: Date;
}

/**
 * Adds one to each counter in one statement (a new window starts for a counter whose window is over) and returns
 * the counts; atomic, so parallel attempts cannot slip past a limit.
 */
export async function countAttempt(db: Database, counters: { key: string; windowSeconds: number }[], now: Date): Promise<CounterState[]> {
  if (counters.length === 0) return [];
  const rows = counters.map((c) => ({ key: c.key, count: 1, resetAt: new Date(now.getTime() + c.windowSeconds * 1000) }));
  return db
    .insert(signInLimits)
    .values(rows)
    .onConflictDoUpdate({
      target: signInLimits.key,
      set: {
        count: sql`case when ${signInLimits.resetAt} <= ${now.toISOString()}::timestamptz then 1 else ${signInLimits.count} + 1 end`,
        resetAt: sql`case when ${signInLimits.resetAt} <= ${now.toISOString()}::timestamptz then excluded.reset_at else ${signInLimits.resetAt} end`,
      },
    })
    .returning();
}

/** Takes back one attempt from each counter (a success does not count against an address or an account). */
export async function uncountAttempt(db: Database, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .update(signInLimits)
    .set({ count: sql`greatest(${signInLimits.count} - 1, 0)` })
    .where(inArray(signInLimits.key, keys));
}

export async function deleteCounters(db: Database, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.delete(signInLimits).where(inArray(signInLimits.key, keys));
}

export async function deleteExpiredCounters(db: Database, now: Date): Promise<void> {
  await db.delete(signInLimits).where(lt(signInLimits.resetAt, now));
}
