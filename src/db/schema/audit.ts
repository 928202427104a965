import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Who did what to which record, allowed or denied. Never holds personal data: ids and codes only. */
export const auditEntries = pgTable(
  "audit_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    at: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
    actorUserId: text(),
    actorRole: text(),
    centreId: uuid(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    outcome: text().notNull(),
    details: jsonb().$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  },
  (t) => [index().on(t.centreId, t.at), index().on(t.entityType, t.entityId)],
);
