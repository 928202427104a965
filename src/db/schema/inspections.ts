import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea.js";
import { centres } from "./centres.js";
import { employerSites, employers } from "./employers.js";
import { grievances } from "./grievances.js";

/** One result of a checklist item: ok, issue or not_applicable, with a note. */
export interface ChecklistAnswer {
  result: "ok" | "issue" | "not_applicable";
  note: string;
}

/** Inspections and monitoring visits at an employer, and follow-up visits of earlier ones. */
export const inspections = pgTable(
  "inspections",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    siteId: uuid().references(() => employerSites.id),
    /** inspection, monitoring_visit, follow_up. */
    kind: text().notNull(),
    followUpOf: uuid(),
    /** The grievance that prompted the visit, if any. */
    grievanceId: uuid().references(() => grievances.id),
    /** planned, in_progress, completed, cancelled. */
    status: text().notNull().default("planned"),
    scheduledFor: date({ mode: "string" }).notNull(),
    visitedAt: timestamp({ withTimezone: true }),
    inspectorId: text().notNull(),
    /** Answers by checklist item code (contracts, pay_slips, hours, safety, accommodation…). */
    checklist: jsonb().$type<Record<string, ChecklistAnswer>>().notNull().default({}),
    summary: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [index().on(t.centreId, t.status, t.scheduledFor), index().on(t.employerId)],
);

/** What an inspection found, by area and severity (minor, major, critical). */
export const inspectionFindings = pgTable(
  "inspection_findings",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    inspectionId: uuid()
      .notNull()
      .references(() => inspections.id),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    area: text().notNull(),
    severity: text().notNull(),
    description: text().notNull(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.inspectionId)],
);

/** Evidence of a finding: photos (re-encoded, no EXIF or GPS) and documents, checked by content like attachments. */
export const inspectionEvidence = pgTable(
  "inspection_evidence",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    inspectionId: uuid()
      .notNull()
      .references(() => inspections.id),
    findingId: uuid().references(() => inspectionFindings.id),
    fileName: text().notNull(),
    mediaType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    bytes: bytea().notNull(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.inspectionId)],
);

/** A corrective action plan item with its deadline; the employer answers, the inspector verifies. */
export const correctiveActions = pgTable(
  "corrective_actions",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    inspectionId: uuid()
      .notNull()
      .references(() => inspections.id),
    findingId: uuid().references(() => inspectionFindings.id),
    description: text().notNull(),
    dueDate: date({ mode: "string" }).notNull(),
    /** open, answered, verified, not_done, cancelled (overdue is derived from dueDate). */
    status: text().notNull().default("open"),
    employerResponse: text().notNull().default(""),
    respondedAt: timestamp({ withTimezone: true }),
    verifiedBy: text(),
    verifiedAt: timestamp({ withTimezone: true }),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [index().on(t.employerId, t.status), index().on(t.inspectionId)],
);
