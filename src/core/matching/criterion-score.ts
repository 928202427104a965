import type { MatchReason } from "./match-result.js";
import { kindForCredit, type ReasonParams, reason } from "./reason.js";
import type { MatchReasonCode } from "./reason-codes.js";

/** A soft criterion's result: the share of its weight earned, a summary line and the lines that explain it. */
export interface CriterionScore {
  /** 0..1 */
  readonly credit: number;
  readonly summary: MatchReason;
  readonly details: readonly MatchReason[];
}

export function criterionScore(
  credit: number,
  summaryCode: MatchReasonCode,
  summaryParams: ReasonParams,
  details: readonly MatchReason[] = [],
): CriterionScore {
  const bounded = boundedCredit(credit);
  return { credit: bounded, summary: reason(summaryCode, kindForCredit(bounded), summaryParams), details };
}

/** A criterion's credit kept within 0..1, as it is scored and shown. */
export function boundedCredit(credit: number): number {
  return Math.min(1, Math.max(0, credit));
}
