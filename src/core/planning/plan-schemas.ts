import { z } from "zod";
import { matchReason } from "../matching/match-schemas.js";
import { offerSummary } from "../offers/offer-summary.js";
import { pageOf, pageQuery } from "../shared/pagination.js";
import { isoDate, uuid } from "../shared/primitives.js";

/** A season is at most a year: chains run across one year of crops. */
export const MAX_SEASON_DAYS = 366;

/** What a coordinator asks the planner for: which centres, which season, and how demanding the matches must be. */
export const seasonPlanRequest = z
  .strictObject({
    centreIds: z.array(uuid).min(1, { message: "errors.required" }).max(50),
    seasonStart: isoDate,
    seasonEnd: isoDate,
    /** Pairs scoring below this are never proposed (0–100). */
    minScore: z.int().min(0).max(100).default(50),
    /** Also plan each worker's chain of jobs across the season. */
    chaining: z.boolean().default(true),
  })
  .refine((r) => r.seasonStart <= r.seasonEnd, { message: "errors.dateRangeReversed", path: ["seasonEnd"] })
  .refine((r) => daysBetween(r.seasonStart, r.seasonEnd) < MAX_SEASON_DAYS, { message: "errors.seasonTooLong", path: ["seasonEnd"] });
export type SeasonPlanRequest = z.infer<typeof seasonPlanRequest>;

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

export const PLAN_STATUSES = ["queued", "running", "done", "failed"] as const;
export const PLAN_STAGES = ["loading", "scoring", "allocating", "chaining", "reporting"] as const;

export const planTotals = z.object({
  workers: z.int(),
  offers: z.int(),
  positions: z.int(),
  /**
   * Pairs the allocation was solved over: every eligible pair at or above the minimum score when the plan chains;
   * else the pairs column generation read (its last restricted problem). Optimal over every eligible pair either way.
   */
  arcs: z.int(),
  assigned: z.int(),
  objective: z.number(),
  /** Whole-season chains: days employed and idle days, against the first-come plan. */
  chainedWorkers: z.int(),
  idleDaysPlanned: z.int(),
  idleDaysFirstCome: z.int(),
});

/** Placement by a group (a gender, or a country of origin) against its share of the workers available. */
export const fairnessRow = z.object({
  group: z.string(),
  available: z.int(),
  placed: z.int(),
  availableShare: z.number(),
  placedShare: z.number(),
});
export const fairnessReport = z.object({ byGender: z.array(fairnessRow), byOrigin: z.array(fairnessRow) });

export const seasonPlan = z.object({
  id: uuid,
  status: z.enum(PLAN_STATUSES),
  stage: z.enum(PLAN_STAGES).nullable(),
  /** 0 to 1 while running; 1 when done. */
  progress: z.number().min(0).max(1),
  request: z.object({
    centreIds: z.array(uuid),
    seasonStart: isoDate,
    seasonEnd: isoDate,
    minScore: z.int(),
    chaining: z.boolean(),
  }),
  totals: planTotals.nullable(),
  fairness: fairnessReport.nullable(),
  /** A translation key when the run failed. */
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type SeasonPlan = z.infer<typeof seasonPlan>;

export const ASSIGNMENT_DECISIONS = ["proposed", "accepted", "rejected"] as const;

/** One worker placed on one offer by the plan, with the reasons a caseworker reads. */
export const planAssignment = z.object({
  worker: z.object({ id: uuid, givenName: z.string(), familyName: z.string(), regionCode: z.string() }),
  offer: offerSummary,
  score: z.int(),
  reasons: z.array(matchReason),
  decision: z.enum(ASSIGNMENT_DECISIONS),
  /** The referral made when the assignment was accepted. */
  referralId: uuid.nullable(),
});
export type PlanAssignment = z.infer<typeof planAssignment>;

export const planAssignmentQuery = pageQuery.extend({
  search: z.string().trim().max(100).optional(),
  decision: z.enum(ASSIGNMENT_DECISIONS).optional(),
});
export const planAssignmentPage = pageOf(planAssignment);

/** Accept (refer the workers) or reject many assignments at once. */
export const planDecisionRequest = z.strictObject({
  decision: z.enum(["accepted", "rejected"]),
  assignments: z
    .array(z.strictObject({ workerId: uuid, offerId: uuid }))
    .min(1)
    .max(1000),
});
export const planDecisionResult = z.object({
  changed: z.int(),
  /** Assignments that could not be accepted now (consent withdrawn, offer closed, rule broken), with the reason's key. */
  refused: z.array(z.object({ workerId: uuid, offerId: uuid, code: z.string() })),
});

/** A worker's jobs across the season, in order, as a calendar and a map show them. */
export const workerChain = z.object({
  workerId: uuid,
  jobs: z.array(
    z.object({
      offer: offerSummary,
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      travelKmFromPrevious: z.number(),
    }),
  ),
  employedDays: z.int(),
  idleDays: z.int(),
  travelKm: z.number(),
});
export type WorkerChain = z.infer<typeof workerChain>;
