import { desc, gt, inArray, lt, or } from "drizzle-orm";
import type { Database } from "../database.js";
import { matchingChanges } from "../schema/matching-changes.js";

export interface MatchingChange {
  readonly seq: number;
  readonly entity: "worker" | "offer";
  readonly entityId: string;
}

/** The number of the last change written so far, 0 when there is none. */
export async function lastMatchingChange(db: Database): Promise<number> {
  const [row] = await db.select({ seq: matchingChanges.seq }).from(matchingChanges).orderBy(desc(matchingChanges.seq)).limit(1);
  return row?.seq ?? 0;
}

/** Changes after `seq`, and those numbered `pending` (taken by transactions that had not committed yet), in order. */
export async function matchingChangesAfter(db: Database, seq: number, pending: readonly number[]): Promise<MatchingChange[]> {
  const after = gt(matchingChanges.seq, seq);
  const rows = await db
    .select({ seq: matchingChanges.seq, entity: matchingChanges.entity, entityId: matchingChanges.entityId })
    .from(matchingChanges)
    .where(pending.length > 0 ? or(after, inArray(matchingChanges.seq, [...pending])) : after)
    .orderBy(matchingChanges.seq);
  return rows as MatchingChange[];
}

/** Deletes changes older than `before`; returns how many. */
export async function deleteMatchingChangesBefore(db: Database, before: Date): Promise<number> {
  const deleted = await db.delete(matchingChanges).where(lt(matchingChanges.changedAt, before)).returning({ seq: matchingChanges.seq });
  return deleted.length;
}
