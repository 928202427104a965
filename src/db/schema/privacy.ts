import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * The erasure list: whose personal data were erased (GDPR art. 17), so that the erasure is applied again after a
 * backup from before it is restored. Ids and codes only: no name, no free text.
 */
export const erasures = pgTable(
  "erasures",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid().notNull(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    reason: text().notNull(),
    byRole: text(),
    erasedAt: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [uniqueIndex().on(t.subjectType, t.subjectId), index().on(t.centreId, t.erasedAt)],
);
