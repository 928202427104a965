import { checkAuthorisation } from "./authorisation.js";
import { checkAvailability, scoreAvailability } from "./availability.js";
import { checkCertificates } from "./certificates.js";
import type { SoftCriterion } from "./criteria.js";
import type { CriterionScore } from "./criterion-score.js";
import { scoreDistance } from "./distance.js";
import { scoreExperience } from "./experience.js";
import { scoreLanguages } from "./languages.js";
import { checkDrivingLicence } from "./licence.js";
import type { MatchContext, MatchOffer, MatchWorker } from "./match-inputs.js";
import type { MatchReason, MatchResult } from "./match-result.js";
import { scorePreferences } from "./preferences.js";
import { MATCH_REASON_CODES } from "./reason-codes.js";
import { scoreSkills } from "./skills.js";
import { criterionPoints, SOFT_CRITERION_WEIGHTS } from "./weights.js";

/** The word a person reads follows the points they read: 15 of 15 is "met" even when the credit was 0.98. */
function kindBesidePoints(summary: MatchReason, points: number, maxPoints: number): MatchReason["kind"] {
  const canBeMet = (MATCH_REASON_CODES[summary.code].kinds as readonly string[]).includes("met");
  return summary.kind === "partial" && points === maxPoints && canBeMet ? "met" : summary.kind;
}

/**
 * Judges one worker against one offer. Hard rules decide eligibility and list every failure; soft criteria
 * earn whole points (rounded per criterion, so the lines a person reads add up to the score). An excluded
 * candidate scores 0 and its soft lines carry no points, but stay listed so a caseworker sees the whole picture.
 */
export function scoreMatch(worker: MatchWorker, offer: MatchOffer, context: MatchContext = {}): MatchResult {
  // Plain loops and object literals of one shape: this runs for every result a ranking shows.
  const availability = checkAvailability(worker, offer);
  const authorisation = checkAuthorisation(worker, offer);
  const certificate = checkCertificates(worker, offer);
  const licence = checkDrivingLicence(worker, offer);
  const eligible = !(anyExcluded(authorisation) || anyExcluded(availability.reasons) || anyExcluded(certificate) || anyExcluded(licence));

  const soft: [SoftCriterion, CriterionScore][] = [
    ["skills", scoreSkills(worker, offer, context.occupationSkills)],
    ["experience", scoreExperience(worker, offer, context.iscoOf)],
    ["language", scoreLanguages(worker, offer)],
    ["distance", scoreDistance(worker, offer)],
    ["preferences", scorePreferences(worker, offer)],
  ];
  if (availability.availableDays > 0) soft.unshift(["availability", scoreAvailability(availability)]);

  let score = 0;
  const softReasons = new Map<SoftCriterion, MatchReason[]>();
  for (const [criterion, result] of soft) {
    const maxPoints = SOFT_CRITERION_WEIGHTS[criterion];
    const points = criterionPoints(criterion, result.credit);
    if (eligible) score += points;
    const { summary } = result;
    const shown: MatchReason = eligible
      ? {
          code: summary.code,
          kind: kindBesidePoints(summary, points, maxPoints),
          criterion: summary.criterion,
          params: summary.params,
          points,
          maxPoints,
        }
      : summary;
    softReasons.set(criterion, [shown, ...result.details]);
  }

  const reasons: MatchReason[] = [];
  const add = (list: readonly MatchReason[] | undefined) => {
    if (list) for (const r of list) reasons.push(r);
  };
  add(authorisation);
  add(availability.reasons);
  add(softReasons.get("availability"));
  add(certificate);
  add(licence);
  for (const criterion of SCORED_AFTER_HARD_RULES) add(softReasons.get(criterion));
  return { workerId: worker.id, offerId: offer.id, eligible, score: eligible ? score : 0, reasons };
}

/** The soft criteria listed after the hard rules, in the order a person reads them. */
const SCORED_AFTER_HARD_RULES = ["skills", "experience", "language", "distance", "preferences"] as const;

function anyExcluded(reasons: readonly MatchReason[]): boolean {
  for (const r of reasons) if (r.kind === "excluded") return true;
  return false;
}
