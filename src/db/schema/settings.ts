import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Facts about this installation, such as when the demo data were loaded. */
export const installationFacts = pgTable("installation_facts", {
  key: text().primaryKey(),
  value: text().notNull(),
  recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
