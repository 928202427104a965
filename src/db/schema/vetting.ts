import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea.js";
import { centres } from "./centres.js";
import { employers } from "./employers.js";

/**
 * Fair-employer vetting, one file per employer: the employer's declarations and self-assessment, and the centre's
 * verification status (pending, approved, approved_with_conditions, suspended, rejected).
 */
export const employerVetting = pgTable("employer_vetting", {
  id: uuid().primaryKey().defaultRandom(),
  centreId: uuid()
    .notNull()
    .references(() => centres.id),
  employerId: uuid()
    .notNull()
    .unique()
    .references(() => employers.id),
  status: text().notNull().default("pending"),
  /** The conditions of an approval with conditions, or the reason of a suspension or rejection. */
  conditions: text().notNull().default(""),
  /** Declaration codes the employer affirms (no_exploitation_convictions, contributions_paid, collective_agreement_applied…). */
  declarations: jsonb().$type<Record<string, boolean>>().notNull().default({}),
  collectiveAgreement: text().notNull().default(""),
  declaredBy: text(),
  declaredAt: timestamp({ withTimezone: true }),
  /** Self-assessment answers by question code (yes, partly or no, with a note). */
  selfAssessment: jsonb().$type<Record<string, { answer: string; note: string }>>().notNull().default({}),
  selfAssessedAt: timestamp({ withTimezone: true }),
  decidedBy: text(),
  decidedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  version: integer().notNull().default(1),
});

/** The history of a vetting file: every status change with who made it and why. */
export const vettingEvents = pgTable(
  "vetting_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    fromStatus: text(),
    toStatus: text().notNull(),
    note: text().notNull().default(""),
    byUserId: text().notNull(),
    byRole: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index().on(t.employerId, t.at)],
);

/** Documents an employer files for vetting (certificates of no convictions, of contributions paid, the agreement…). */
export const employerDocuments = pgTable(
  "employer_documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    kind: text().notNull(),
    fileName: text().notNull(),
    mediaType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    bytes: bytea().notNull(),
    verified: boolean().notNull().default(false),
    verifiedBy: text(),
    verifiedAt: timestamp({ withTimezone: true }),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.employerId, t.createdAt)],
);
