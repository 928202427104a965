import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea.js";
import { centres } from "./centres.js";
import { workers } from "./workers.js";

/**
 * Documents of a worker's file (identity and permit scans, certificates, contracts, photos). The bytes live in the
 * database, so a backup holds them and several server processes share them with nothing else to set up.
 */
export const attachments = pgTable(
  "attachments",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    workerId: uuid()
      .notNull()
      .references(() => workers.id),
    kind: text().notNull(),
    /** Sanitised: no path, no control characters. */
    fileName: text().notNull(),
    /** As detected from the content, never as the sender claimed. */
    mediaType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    bytes: bytea().notNull(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.workerId, t.createdAt)],
);
