import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth.js";

/**
 * The answer given to each `Idempotency-Key` a user sent with a write, stored in the same transaction as the write
 * itself: a retried request finds it and gets the same answer again instead of a second effect. Rows older than a
 * day are deleted (src/server/idempotency/expire-idempotency-keys.ts).
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    actorUserId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text().notNull(),
    /** "POST /api/workers/…/consents": the same key on another route is another request. */
    request: text().notNull(),
    /** SHA-256 of the request body in canonical JSON (keys sorted). */
    bodyHash: text().notNull(),
    /** Null only inside the transaction that is still running the request. */
    responseStatus: integer(),
    responseBody: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.actorUserId, t.key] }), index().on(t.createdAt)],
);
