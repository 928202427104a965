import { eq } from "drizzle-orm";
import type { Database, Transaction } from "../database.js";
import { sessions } from "../schema/auth.js";

/** Records activity on a session (its idle time-out counts from here). */
export async function recordSessionActivity(db: Database, sessionId: string, now: Date): Promise<void> {
  await db.update(sessions).set({ updatedAt: now }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user at once. */
export async function deleteSessionsOfUser(db: Database | Transaction, userId: string): Promise<number> {
  const deleted = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return deleted.length;
}
