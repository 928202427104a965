import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { BreachDataCategory } from "../../core/breaches/breach-schemas.js";
import { centres } from "./centres.js";

/** The register of personal data breaches (GDPR art. 33(5)): every breach, whether or not it was reported. */
export const breaches = pgTable(
  "breaches",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    /** BR-2026-0001: numbered per centre and year. */
    reference: text().notNull(),
    discoveredAt: timestamp({ withTimezone: true }).notNull(),
    description: text().notNull(),
    dataCategories: jsonb().$type<BreachDataCategory[]>().notNull().default([]),
    peopleAffected: integer().notNull(),
    likelyConsequences: text().notNull().default(""),
    riskLevel: text().notNull(),
    measuresTaken: text().notNull().default(""),
    reportedToAuthorityAt: timestamp({ withTimezone: true }),
    peopleInformedAt: timestamp({ withTimezone: true }),
    status: text().notNull().default("open"),
    version: integer().notNull().default(1),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.centreId, t.reference), index().on(t.centreId, t.discoveredAt)],
);
