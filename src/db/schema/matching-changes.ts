import { sql } from "drizzle-orm";
import { bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * The feed that keeps every server process's in-memory matching index in step with the database: triggers on the
 * tables matching reads (workers, consents, erasures, offers, sites) add one row per changed worker or offer, in the
 * writing transaction, so a change made by any process is seen by all. Ids only; rows older than an hour are
 * deleted (a process that fell further behind rebuilds its index). See src/server/matching/match-index-feed.ts.
 */
export const matchingChanges = pgTable(
  "matching_changes",
  {
    seq: bigserial({ mode: "number" }).primaryKey(),
    /** "worker" or "offer". */
    entity: text().notNull(),
    entityId: uuid().notNull(),
    changedAt: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index().on(t.changedAt)],
);
