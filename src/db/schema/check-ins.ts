import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { centres } from "./centres.js";
import { employers } from "./employers.js";
import { grievances } from "./grievances.js";
import { placements } from "./referrals.js";
import { workers } from "./workers.js";

/**
 * Check-ins after placement (day_7, day_30, end_of_contract), scheduled when a placement is made and asked in the
 * worker's language: was the worker paid as agreed, hours, housing, treatment.
 */
export const checkIns = pgTable(
  "check_ins",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    placementId: uuid()
      .notNull()
      .references(() => placements.id),
    workerId: uuid()
      .notNull()
      .references(() => workers.id),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    kind: text().notNull(),
    dueOn: date({ mode: "string" }).notNull(),
    /** scheduled, sent, answered, missed, cancelled. */
    status: text().notNull().default("scheduled"),
    sentAt: timestamp({ withTimezone: true }),
    /** Answers by question code (paid_as_agreed, hours_as_agreed, housing_ok, treated_well): yes, no, not_applicable. */
    answers: jsonb().$type<Record<string, string>>().notNull().default({}),
    comment: text().notNull().default(""),
    answeredAt: timestamp({ withTimezone: true }),
    /** portal, phone, in_person. */
    answeredVia: text(),
    recordedBy: text(),
    /** The grievance an answer signalling a problem opened. */
    grievanceId: uuid().references(() => grievances.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [unique().on(t.placementId, t.kind), index().on(t.centreId, t.status, t.dueOn), index().on(t.workerId), index().on(t.employerId)],
);
