import type { MatchCriterion, MatchReasonKind } from "./criteria.js";
import type { MatchReasonCode } from "./reason-codes.js";

/** One line of a readable match: a translation key, its parameters, and the points it earned, if scored. */
export interface MatchReason {
  readonly code: MatchReasonCode;
  readonly kind: MatchReasonKind;
  readonly criterion: MatchCriterion;
  readonly points?: number;
  readonly maxPoints?: number;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface MatchResult {
  readonly workerId: string;
  readonly offerId: string;
  readonly eligible: boolean;
  /** 0..100, an integer; 0 when a hard rule excludes the candidate. */
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}
