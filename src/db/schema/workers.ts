import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { WorkerInput } from "../../core/workers/worker-schemas.js";
import { centres } from "./centres.js";

/**
 * A worker's file. The profile lists (languages, permits, skills…) are read and written as a whole with the file,
 * so they are JSONB; the columns filters need (permit validity, search text) are derived on every write.
 */
export const workers = pgTable(
  "workers",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    givenName: text().notNull(),
    familyName: text().notNull(),
    phone: text().notNull().unique(),
    whatsapp: boolean().notNull().default(false),
    gender: text().notNull(),
    birthYear: integer().notNull(),
    nationality: text().notNull(),
    preferredLanguage: text().notNull(),
    regionCode: text().notNull(),
    drivingLicence: boolean().notNull().default(false),
    ownTransport: boolean().notNull().default(false),
    willingToRelocate: boolean().notNull().default(false),
    childcareNeeded: boolean().notNull().default(false),
    travellingWithFamily: boolean().notNull().default(false),
    languages: jsonb().$type<WorkerInput["languages"]>().notNull().default([]),
    authorisations: jsonb().$type<WorkerInput["authorisations"]>().notNull().default([]),
    occupations: jsonb().$type<WorkerInput["occupations"]>().notNull().default([]),
    skills: jsonb().$type<WorkerInput["skills"]>().notNull().default([]),
    certificates: jsonb().$type<WorkerInput["certificates"]>().notNull().default([]),
    availability: jsonb().$type<WorkerInput["availability"]>().notNull().default([]),
    preferences: jsonb().$type<WorkerInput["preferences"]>().notNull(),
    /** Latest end of a work authorisation; null with permitOpenEnded false means none at all. */
    permitValidUntil: date({ mode: "string" }),
    permitOpenEnded: boolean().notNull().default(false),
    /** Lower-cased, accent-free name and phone for search. */
    searchText: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [
    // The list's order in full, so a page reads its rows from the index and stops.
    index("workers_list_order").on(t.centreId, t.familyName, t.givenName, t.id),
    index("workers_languages_gin").using("gin", t.languages),
    index("workers_occupations_gin").using("gin", t.occupations),
    index("workers_skills_gin").using("gin", t.skills),
  ],
);

export const consents = pgTable(
  "consents",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    workerId: uuid()
      .notNull()
      .references(() => workers.id),
    purpose: text().notNull(),
    granted: boolean().notNull(),
    method: text().notNull(),
    note: text().notNull().default(""),
    recordedBy: text().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index().on(t.workerId, t.purpose, t.recordedAt)],
);
