import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { MatchReason } from "../../core/matching/match-result.js";
import type { fairnessReport, planTotals } from "../../core/planning/plan-schemas.js";
import { centres } from "./centres.js";
import { jobOffers } from "./offers.js";
import { referrals } from "./referrals.js";
import { workers } from "./workers.js";

/**
 * A season plan: what a coordinator (or, across centres, an administrator) asked for, and the run's state. The run
 * is a background job (src/server/planning/), so the row carries its stage and progress while it works, then the
 * totals and the fairness report. `centre_id` is the centre that owns the plan (the first centre asked for).
 */
export const seasonPlans = pgTable(
  "season_plans",
  {
    id: uuid().primaryKey().defaultRandom(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    /** Every centre whose workers and offers the plan takes in. */
    centreIds: uuid().array().notNull(),
    seasonStart: date({ mode: "string" }).notNull(),
    seasonEnd: date({ mode: "string" }).notNull(),
    minScore: integer().notNull(),
    chaining: boolean().notNull(),
    /** queued, running, done, failed. */
    status: text().notNull().default("queued"),
    /** loading, scoring, allocating, chaining, reporting while running. */
    stage: text(),
    progress: doublePrecision().notNull().default(0),
    totals: jsonb().$type<z.infer<typeof planTotals>>(),
    /** Counts by gender and by country of origin: no person is named. */
    fairness: jsonb().$type<z.infer<typeof fairnessReport>>(),
    /** A translation key when the run failed, never a stack trace. */
    error: text(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.centreId, t.createdAt), index().on(t.status)],
);

/** The worker the plan places on one offer (one job per worker per season), with its reasons and the decision on it. */
export const seasonPlanAssignments = pgTable(
  "season_plan_assignments",
  {
    planId: uuid()
      .notNull()
      .references(() => seasonPlans.id),
    /** The worker's centre. */
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    workerId: uuid()
      .notNull()
      .references(() => workers.id),
    offerId: uuid()
      .notNull()
      .references(() => jobOffers.id),
    score: integer().notNull(),
    reasons: jsonb().$type<MatchReason[]>().notNull(),
    /** proposed, accepted, rejected. */
    decision: text().notNull().default("proposed"),
    /** The referral made when the assignment was accepted. */
    referralId: uuid().references(() => referrals.id),
    decidedBy: text(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.planId, t.workerId] }), index().on(t.planId, t.decision, t.score), index().on(t.workerId)],
);

/** One job of a worker's chain as stored: the offer, where it is and how far from the previous place. */
export interface StoredChainJob {
  offerId: string;
  lat: number | null;
  lon: number | null;
  travelKmFromPrevious: number;
}

/** Each worker's chain of jobs across the season in a plan (empty when the plan gives them no job). */
export const seasonPlanChains = pgTable(
  "season_plan_chains",
  {
    planId: uuid()
      .notNull()
      .references(() => seasonPlans.id),
    centreId: uuid()
      .notNull()
      .references(() => centres.id),
    workerId: uuid()
      .notNull()
      .references(() => workers.id),
    jobs: jsonb().$type<StoredChainJob[]>().notNull(),
    employedDays: integer().notNull(),
    idleDays: integer().notNull(),
    travelKm: doublePrecision().notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.workerId] }), index().on(t.workerId)],
);
