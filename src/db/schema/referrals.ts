import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { centres } from "./centres.js";
import { employers } from "./employers.js";
import { jobOffers } from "./offers.js";
import { workers } from "./workers.js";

export const referrals = pgTable(
  "referrals",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    offerId: uuid()
      .notNull()
      .references(() => jobOffers.id),
    workerId: uuid()
      .notNull()
      .references(() => workers.id),
    stage: text().notNull(),
    declineReason: text(),
    /** The match score when the referral was made, kept for impact figures. */
    score: integer(),
    note: text().notNull().default(""),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index().on(t.centreId, t.stage),
    index().on(t.workerId),
    index().on(t.offerId),
    uniqueIndex("referrals_one_open_per_offer_worker")
      .on(t.offerId, t.workerId)
      .where(sql`${t.stage} in ('proposed', 'referred', 'interview')`),
  ],
);

export const referralEvents = pgTable(
  "referral_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    referralId: uuid()
      .notNull()
      .references(() => referrals.id),
    fromStage: text(),
    toStage: text().notNull(),
    byUserId: text().notNull(),
    byRole: text().notNull(),
    reason: text(),
    note: text().notNull().default(""),
    at: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index().on(t.referralId, t.at)],
);

export const placements = pgTable(
  "placements",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    referralId: uuid()
      .notNull()
      .unique()
      .references(() => referrals.id),
    workerId: uuid()
      .notNull()
      .references(() => workers.id),
    offerId: uuid()
      .notNull()
      .references(() => jobOffers.id),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    contractType: text().notNull(),
    startDate: date({ mode: "string" }).notNull(),
    endDate: date({ mode: "string" }),
    payAmountCents: integer().notNull(),
    payUnit: text().notNull(),
    hoursPerWeek: real().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.workerId), index().on(t.employerId)],
);
