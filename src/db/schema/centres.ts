import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const centres = pgTable("centres", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  country: text().notNull(),
  regionCode: text().notNull(),
  timezone: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
