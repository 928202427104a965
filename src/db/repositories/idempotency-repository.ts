import { and, eq, lt, sql } from "drizzle-orm";
import type { Database, Transaction } from "../database.js";
import { idempotencyKeys } from "../schema/idempotency.js";

type Db = Database | Transaction;

export interface IdempotentRequest {
  actorUserId: string;
  key: string;
  /** "POST /api/workers" */
  request: string;
  bodyHash: string;
}

export interface StoredKey {
  request: string;
  bodyHash: string;
  responseStatus: number | null;
  responseBody: unknown;
  createdAt: Date;
}

/**
 * Claims the key for this request; true when it was free. When another transaction holds the same key and has not
 * committed yet, PostgreSQL makes this insert wait for it on the primary key, so concurrent duplicates queue here.
 */
export async function claimIdempotencyKey(db: Db, claim: IdempotentRequest): Promise<boolean> {
  const inserted = await db.insert(idempotencyKeys).values(claim).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  return inserted.length > 0;
}

export async function findIdempotencyKey(db: Db, actorUserId: string, key: string): Promise<StoredKey | null> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.actorUserId, actorUserId), eq(idempotencyKeys.key, key)));
  return row ?? null;
}

export async function deleteIdempotencyKey(db: Db, actorUserId: string, key: string): Promise<void> {
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.actorUserId, actorUserId), eq(idempotencyKeys.key, key)));
}

export async function storeIdempotentResponse(db: Db, actorUserId: string, key: string, status: number, body: unknown): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ responseStatus: status, responseBody: body ?? null })
    .where(and(eq(idempotencyKeys.actorUserId, actorUserId), eq(idempotencyKeys.key, key)));
}

/** Deletes the keys created before `cutoff`; returns how many. */
export async function deleteIdempotencyKeysBefore(db: Db, cutoff: Date): Promise<number> {
  const deleted = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, cutoff)).returning({ key: idempotencyKeys.key });
  return deleted.length;
}

/**
 * Forgets the stored answers that mention a record (its id appears in the answer), e.g. when a worker's personal
 * data are erased, so no copy outlives the erasure for the rest of the keys' day.
 */
export async function forgetIdempotentAnswersAbout(db: Db, recordId: string): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(sql`position(${recordId} in ${idempotencyKeys.responseBody}::text) > 0`)
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
