import type { MatchReasonKind } from "./criteria.js";
import type { MatchReason } from "./match-result.js";
import { MATCH_REASON_CODES, type MatchReasonCode } from "./reason-codes.js";

export type ReasonParams = Readonly<Record<string, string | number>>;

export function reason(code: MatchReasonCode, kind: MatchReasonKind, params: ReasonParams = {}): MatchReason {
  return { code, kind, criterion: MATCH_REASON_CODES[code].criterion, params };
}

/** How a scored criterion reads: all of its credit, some of it, or none. */
export function kindForCredit(credit: number): MatchReasonKind {
  if (credit >= 1) return "met";
  return credit > 0 ? "partial" : "missing";
}
