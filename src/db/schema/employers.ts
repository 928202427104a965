import { boolean, doublePrecision, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { centres } from "./centres.js";

export const employers = pgTable(
  "employers",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    legalName: text().notNull(),
    taxId: text().notNull(),
    sector: text().notNull(),
    size: text().notNull(),
    accommodationOffered: boolean().notNull().default(false),
    contactName: text().notNull(),
    contactPhone: text().notNull(),
    contactEmail: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [unique().on(t.centreId, t.taxId), index().on(t.centreId, t.legalName)],
);

export const employerSites = pgTable(
  "employer_sites",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    name: text().notNull(),
    regionCode: text().notNull(),
    address: text().notNull().default(""),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
  },
  (t) => [index().on(t.employerId)],
);
