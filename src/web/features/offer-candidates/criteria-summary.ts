import { MATCH_CRITERIA, type MatchCriterion, type MatchReasonKind, SOFT_CRITERIA } from "../../../core/matching/criteria.js";
import type { ReasonLike } from "../../components/match-reasons.js";

export interface CriterionSummary {
  criterion: MatchCriterion;
  /** How the criterion reads as a whole: excluded, or the kind of its scored summary line, or met. */
  kind: MatchReasonKind;
  /** Something to plan for (a certificate expiring during the job, a long way without transport). */
  warning: boolean;
  points?: number;
  maxPoints?: number;
}

const SCORED: readonly MatchCriterion[] = SOFT_CRITERIA;

/**
 * One line per criterion, in the order matching judges them, for a quick read of a candidate before the full
 * sentences. A hard rule that fails makes the criterion "excluded"; a scored criterion reads as its summary line
 * (the one that carries the points, or the first one when an excluded candidate earned none); a hard rule that
 * holds reads as met.
 */
export function summariseCriteria(reasons: readonly ReasonLike[]): CriterionSummary[] {
  const summaries: CriterionSummary[] = [];
  for (const criterion of MATCH_CRITERIA) {
    const own = reasons.filter((reason) => reason.criterion === criterion);
    if (own.length === 0) continue;
    const warning = own.some((reason) => reason.kind === "warning");
    if (own.some((reason) => reason.kind === "excluded")) {
      summaries.push({ criterion, kind: "excluded", warning });
      continue;
    }
    const scored = own.find((reason) => reason.points !== undefined && reason.maxPoints !== undefined);
    if (scored) {
      summaries.push({ criterion, kind: scored.kind, warning, points: scored.points, maxPoints: scored.maxPoints });
      continue;
    }
    const first = own.find((reason) => reason.kind !== "warning");
    const kind = SCORED.includes(criterion) && first ? first.kind : "met";
    summaries.push({ criterion, kind, warning });
  }
  return summaries;
}
