import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { centres } from "./centres.js";

/** Messages to people (SMS, WhatsApp, e-mail). The local provider only stores them here; staff read them in demo mode. */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid().references(() => centres.id),
    channel: text().notNull(),
    recipient: text().notNull(),
    purpose: text().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.createdAt)],
);
