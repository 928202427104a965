import { z } from "zod";
import { labourRule } from "../labour-rules/labour-rule-schemas.js";

/** Every problem the offer check can report. Each has a text (labourRules:problems.<code>) and a fix (labourRules:fixes.<code>). */
export const OFFER_PROBLEM_CODES = [
  "payBelowFloor",
  "noPayFloor",
  "pieceRateNeedsProductivity",
  "hoursAboveWeeklyLimit",
  "hoursAboveDailyLimit",
  "dailyRestTooShort",
  "accommodationDeductionTooHigh",
  "mealsDeductionTooHigh",
  "totalDeductionTooHigh",
  "deductionWithoutAccommodation",
  "deductionWithoutMeals",
  "seasonalDaysAboveCap",
] as const;
export type OfferProblemCode = (typeof OFFER_PROBLEM_CODES)[number];

export const offerProblem = z.object({
  code: z.enum(OFFER_PROBLEM_CODES),
  /** An error stops the offer; a warning is shown but lets it through. */
  severity: z.enum(["error", "warning"]),
  /** The offer field to change. */
  path: z.array(z.string()),
  /** Translation keys (namespace labourRules) of the problem and of how to fix it. */
  message: z.string(),
  fix: z.string(),
  /** Figures for the texts: amounts in euro cents, hours, percentages, days, the rule's id. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type OfferProblem = z.infer<typeof offerProblem>;

export const offerCheckResult = z.object({
  passes: z.boolean(),
  /** Country and sector the offer was checked for (from the site's region and the employer). */
  country: z.string(),
  sector: z.string(),
  problems: z.array(offerProblem),
  rulesApplied: z.array(labourRule),
});
export type OfferCheckResult = z.infer<typeof offerCheckResult>;
