import { type MatchCriterion, SOFT_CRITERIA } from "../../../core/matching/criteria.js";
import type { MatchReason } from "../../../core/matching/match-result.js";

type ReasonLike = Omit<MatchReason, "code"> & { code: string };

export type PlainTone = "good" | "some" | "careful";

export interface PlainReason {
  criterion: MatchCriterion;
  tone: PlainTone;
  /** Key in the "workerPortal" namespace: one short sentence addressed to the worker. */
  key: string;
}

// Rules that always hold for an offer the worker is eligible for say little; the scored reasons say why it fits.
const HARD_RULES: readonly MatchCriterion[] = ["authorisation", "certificate", "licence"];
const SCORED: readonly MatchCriterion[] = SOFT_CRITERIA;

/**
 * The few reasons a worker reads beside a job, in plain words: the criteria fully met, then those partly met (each
 * by the points they earned), then the hard rules they meet, and at most one thing to be careful about. Missing criteria are
 * left out: the worker can do nothing with them here, and the centre explains them in person.
 */
export function plainReasons(reasons: readonly ReasonLike[], max = 3): PlainReason[] {
  const scored = reasons
    .filter(
      (reason) => SCORED.includes(reason.criterion) && reason.points !== undefined && reason.maxPoints !== undefined && reason.points > 0,
    )
    .filter((reason) => reason.kind === "met" || reason.kind === "partial")
    // Good news first: what is fully met, then what is partly met, each by the points it earned.
    .sort((a, b) => (a.kind === "met" ? 0 : 1) - (b.kind === "met" ? 0 : 1) || (b.points ?? 0) - (a.points ?? 0));
  const positives: PlainReason[] = scored.map((reason) => ({
    criterion: reason.criterion,
    tone: reason.kind === "met" ? "good" : "some",
    key: `reason.${reason.criterion}.${reason.kind}`,
  }));
  for (const criterion of HARD_RULES) {
    if (reasons.some((reason) => reason.criterion === criterion && reason.kind === "met")) {
      positives.push({ criterion, tone: "good", key: `reason.${criterion}.met` });
    }
  }
  const unique = positives.filter((reason, index) => positives.findIndex((other) => other.criterion === reason.criterion) === index);
  const warning = reasons.find(
    (reason) => reason.kind === "warning" && (reason.criterion === "certificate" || reason.criterion === "distance"),
  );
  const careful: PlainReason[] = warning
    ? [{ criterion: warning.criterion, tone: "careful", key: `reason.${warning.criterion}.warning` }]
    : [];
  return [...unique.slice(0, max), ...careful];
}

/** Three words for how well a job fits, so the number is not the only thing to read. */
export function fitLevel(score: number): "veryGood" | "good" | "some" {
  if (score >= 70) return "veryGood";
  return score >= 40 ? "good" : "some";
}
