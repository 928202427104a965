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
  const availability = checkAvailability(worker, offer);
  const hardRules = {
    authorisation: checkAuthorisation(worker, offer),
    certificate: checkCertificates(worker, offer),
    licence: checkDrivingLicence(worker, offer),
  };
  const eligible = ![...hardRules.authorisation, ...availability.reasons, ...hardRules.certificate, ...hardRules.licence].some(
    (r) => r.kind === "excluded",
  );

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
    const summary = eligible
      ? { ...result.summary, kind: kindBesidePoints(result.summary, points, maxPoints), points, maxPoints }
      : result.summary;
    softReasons.set(criterion, [summary, ...result.details]);
  }

  const reasons: MatchReason[] = [
    ...hardRules.authorisation,
    ...availability.reasons,
    ...(softReasons.get("availability") ?? []),
    ...hardRules.certificate,
    ...hardRules.licence,
    ...(["skills", "experience", "language", "distance", "preferences"] as const).flatMap((c) => softReasons.get(c) ?? []),
  ];
  return { workerId: worker.id, offerId: offer.id, eligible, score: eligible ? score : 0, reasons };
}
