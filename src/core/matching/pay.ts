import type { MatchOffer } from "./match-inputs.js";

/** Day rates are spread over a five-day working week. */
export const WORKING_DAYS_PER_WEEK = 5;
export const WEEKS_PER_MONTH = 52 / 12;

/**
 * The offer's pay as gross cents per hour, so it can be compared with the worker's minimum; null for a piece
 * rate whose expected pieces per hour is unknown.
 */
export function hourlyEquivalentCents(
  offer: Pick<MatchOffer, "payAmountCents" | "payUnit" | "hoursPerWeek" | "piecesPerHour">,
): number | null {
  switch (offer.payUnit) {
    case "hour":
      return offer.payAmountCents;
    case "day":
      return offer.payAmountCents / (offer.hoursPerWeek / WORKING_DAYS_PER_WEEK);
    case "month":
      return offer.payAmountCents / (offer.hoursPerWeek * WEEKS_PER_MONTH);
    case "piece":
      return offer.piecesPerHour === null ? null : offer.payAmountCents * offer.piecesPerHour;
  }
}
