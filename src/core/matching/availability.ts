import type { DateRange } from "../shared/primitives.js";
import { type CriterionScore, criterionScore } from "./criterion-score.js";
import { coveredDaysOfMerged, type DayInterval, dayNumber, daysIn, mergeIntervals, offerPeriod } from "./iso-days.js";
import type { MatchOffer, MatchWorker } from "./match-inputs.js";
import type { MatchReason } from "./match-result.js";
import { memoByObject } from "./memo.js";
import { reason } from "./reason.js";

export interface AvailabilityCheck {
  /** Days of the offer on which the worker is available. */
  readonly availableDays: number;
  readonly offerDays: number;
  /** Exclusions only; coverage is scored by scoreAvailability. */
  readonly reasons: readonly MatchReason[];
}

/** Hard rule: at least one availability window must share a day with the offer. */
export function checkAvailability(worker: MatchWorker, offer: MatchOffer): AvailabilityCheck {
  const period = offerPeriod(offer);
  const offerDays = daysIn(period);
  if (worker.availability.length === 0) {
    return { availableDays: 0, offerDays, reasons: [reason("availability.none", "excluded")] };
  }
  const availableDays = coveredDaysOfMerged(period, availabilityDays(worker.availability));
  const reasons =
    availableDays === 0 ? [reason("availability.noOverlap", "excluded", { startDate: offer.startDate, endDate: offer.endDate })] : [];
  return { availableDays, offerDays, reasons };
}

/** The worker's availability windows as merged day intervals, so a day in two windows counts once. */
export const availabilityDays = memoByObject((windows: readonly DateRange[]): readonly DayInterval[] =>
  mergeIntervals(windows.map((w) => ({ from: dayNumber(w.start), to: dayNumber(w.end) }))),
);

/** The share of the offer's days the worker is available for. */
export function availabilityCredit(availableDays: number, offerDays: number): number {
  return availableDays / offerDays;
}

/** Soft criterion: the share of the offer's days the worker is available for. */
export function scoreAvailability(check: AvailabilityCheck): CriterionScore {
  const credit = availabilityCredit(check.availableDays, check.offerDays);
  return credit >= 1
    ? criterionScore(credit, "availability.covers", { totalDays: check.offerDays })
    : criterionScore(credit, "availability.partial", { days: check.availableDays, totalDays: check.offerDays });
}
