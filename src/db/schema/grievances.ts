import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { centres } from "./centres.js";
import { employerSites, employers } from "./employers.js";
import { workers } from "./workers.js";

/**
 * A grievance: what happened, to whom it is addressed (employer, site) and how the centre handles it. Who reported
 * it is not here: a signed reporter's identity lives in grievance_reporters, which only the reporter and a
 * reveal by the data protection officer reach (docs/decent-work.md).
 */
export const grievances = pgTable(
  "grievances",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    /** GV-2026-0001: numbered per centre and year. */
    reference: text().notNull(),
    /** SHA-256 of the follow-up code given to the reporter once; the code itself is never stored. */
    followUpCodeHash: text().notNull().unique(),
    /** web, sms, phone, in_person, check_in. */
    channel: text().notNull(),
    /** The language the reporter wrote in (a UI or spoken language code). */
    language: text().notNull(),
    categories: jsonb().$type<string[]>().notNull().default([]),
    description: text().notNull(),
    employerId: uuid().references(() => employers.id),
    siteId: uuid().references(() => employerSites.id),
    /** The workplace as the reporter named it, when it is not (yet) a known employer. */
    workplaceGiven: text().notNull().default(""),
    regionCode: text(),
    anonymous: boolean().notNull(),
    /** received, triaged, investigating, escalated, resolved, closed. */
    status: text().notNull().default("received"),
    /** low, medium, high, critical; set at triage. */
    severity: text(),
    dueAt: timestamp({ withTimezone: true }),
    assignedTo: text(),
    escalatedAt: timestamp({ withTimezone: true }),
    /** The body the case was escalated to (the labour inspectorate of the region…). */
    escalatedTo: text().notNull().default(""),
    /** substantiated, partly_substantiated, not_substantiated, withdrawn. */
    outcome: text(),
    outcomeNote: text().notNull().default(""),
    /** Set when a coordinator reviewed a matching hold caused by this grievance (see the fair-work score). */
    matchingReviewedAt: timestamp({ withTimezone: true }),
    matchingReviewedBy: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [unique().on(t.centreId, t.reference), index().on(t.centreId, t.status, t.createdAt), index().on(t.employerId)],
);

/** Who reported a signed grievance. Never joined into what staff, inspectors or employers read. */
export const grievanceReporters = pgTable(
  "grievance_reporters",
  {
    grievanceId: uuid()
      .primaryKey()
      .references(() => grievances.id),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    /** The worker's file, when the reporter is a registered worker. */
    workerId: uuid().references(() => workers.id),
    name: text().notNull().default(""),
    phone: text().notNull().default(""),
    /** The reporter lets the centre's caseworkers see that the grievance is theirs (to support them). */
    sharedWithCaseworkers: boolean().notNull().default(false),
  },
  (t) => [index().on(t.workerId)],
);

/** The timeline of a grievance: status moves, notes, messages to and from the reporter. */
export const grievanceEvents = pgTable(
  "grievance_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    grievanceId: uuid()
      .notNull()
      .references(() => grievances.id),
    /** status, note, assignment, escalation, outcome, message_to_reporter, message_from_reporter. */
    kind: text().notNull(),
    /** Shown to the reporter when they follow the case with their code. */
    visibleToReporter: boolean().notNull().default(false),
    body: text().notNull().default(""),
    fromStatus: text(),
    toStatus: text(),
    /** Null for the reporter. */
    byUserId: text(),
    at: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index().on(t.grievanceId, t.at)],
);
