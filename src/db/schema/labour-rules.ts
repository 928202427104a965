import { date, index, integer, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Labour rules as data (docs/decent-work.md): pay floors, hour and rest limits, caps on deductions and seasonal
 * day caps per country, sector and contract type, each dated and with its source. Network reference data: no
 * centre owns a rule; administrators edit them, everyone reads them, and offers are checked against them.
 */
export const labourRules = pgTable(
  "labour_rules",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Eurostat country code (EL, CY, ES, IT, BE). */
    country: text().notNull(),
    /** A sector code (A01, A02, A03, packing) or "all". */
    sector: text().notNull().default("all"),
    /** A contract type code, or null for every contract type. */
    contractType: text(),
    /** What the rule limits: min_pay, max_hours_week, max_hours_day, min_daily_rest_hours, max_deduction_*_pct, seasonal_day_cap… */
    kind: text().notNull(),
    /** For a pay floor: hour, day or month. */
    payUnit: text(),
    /** For a pay floor: gross euro cents per payUnit. */
    amountCents: integer(),
    /** For a limit: hours, percent or days, as the kind says. */
    value: real(),
    validFrom: date({ mode: "string" }).notNull(),
    validTo: date({ mode: "string" }),
    /** Where the figure comes from (law, decree, collective agreement), so a centre can check it. */
    source: text().notNull(),
    note: text().notNull().default(""),
    updatedBy: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [index().on(t.country, t.kind, t.validFrom)],
);
