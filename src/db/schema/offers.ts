import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { OfferInput } from "../../core/offers/offer-schemas.js";
import { centres } from "./centres.js";
import { employerSites, employers } from "./employers.js";

export const jobOffers = pgTable(
  "job_offers",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    siteId: uuid()
      .notNull()
      .references(() => employerSites.id),
    occupationUri: text().notNull(),
    title: text().notNull(),
    tasks: text().notNull().default(""),
    startDate: date({ mode: "string" }).notNull(),
    endDate: date({ mode: "string" }).notNull(),
    positions: integer().notNull(),
    payAmountCents: integer().notNull(),
    payUnit: text().notNull(),
    pieceUnit: text(),
    piecesPerHour: real(),
    hoursPerWeek: real().notNull(),
    contractType: text().notNull(),
    accommodationProvided: boolean().notNull().default(false),
    accommodationDeductionCents: integer().notNull().default(0),
    transportProvided: boolean().notNull().default(false),
    mealsProvided: boolean().notNull().default(false),
    mealsDeductionCents: integer().notNull().default(0),
    requiredSkills: jsonb().$type<OfferInput["requiredSkills"]>().notNull().default([]),
    requiredLanguages: jsonb().$type<OfferInput["requiredLanguages"]>().notNull().default([]),
    requiredCertificates: jsonb().$type<OfferInput["requiredCertificates"]>().notNull().default([]),
    drivingLicenceRequired: boolean().notNull().default(false),
    minYearsExperience: real().notNull().default(0),
    status: text().notNull().default("draft"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [index().on(t.centreId, t.status, t.startDate), index().on(t.employerId)],
);

export const offerStatusEvents = pgTable(
  "offer_status_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    offerId: uuid()
      .notNull()
      .references(() => jobOffers.id),
    fromStatus: text(),
    toStatus: text().notNull(),
    byUserId: text(),
    at: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index().on(t.offerId, t.at)],
);
