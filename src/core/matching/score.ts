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
  // Plain loops, no intermediate collections, object literals of one shape: this runs for every result shown.
  const availability = checkAvailability(worker, offer);
  const authorisation = checkAuthorisation(worker, offer);
  const certificate = checkCertificates(worker, offer);
  const licence = checkDrivingLicence(worker, offer);
  const eligible = !(anyExcluded(authorisation) || anyExcluded(availability.reasons) || anyExcluded(certificate) || anyExcluded(licence));

  const reasons: MatchReason[] = [];
  let score = 0;
  const addSoft = (criterion: SoftCriterion, result: CriterionScore) => {
    const maxPoints = SOFT_CRITERION_WEIGHTS[criterion];
    const points = criterionPoints(criterion, result.credit);
    const { summary } = result;
    if (eligible) {
      score += points;
      const kind = kindBesidePoints(summary, points, maxPoints);
      reasons.push({ code: summary.code, kind, criterion: summary.criterion, params: summary.params, points, maxPoints });
    } else reasons.push(summary);
    addAll(reasons, result.details);
  };
  addAll(reasons, authorisation);
  addAll(reasons, availability.reasons);
  if (availability.availableDays > 0) addSoft("availability", scoreAvailability(availability));
  addAll(reasons, certificate);
  addAll(reasons, licence);
  addSoft("skills", scoreSkills(worker, offer, context.occupationSkills));
  addSoft("experience", scoreExperience(worker, offer, context.iscoOf));
  addSoft("language", scoreLanguages(worker, offer));
  addSoft("distance", scoreDistance(worker, offer));
  addSoft("preferences", scorePreferences(worker, offer));
  return { workerId: worker.id, offerId: offer.id, eligible, score: eligible ? score : 0, reasons };
}

function anyExcluded(reasons: readonly MatchReason[]): boolean {
  for (const r of reasons) if (r.kind === "excluded") return true;
  return false;
}

function addAll(target: MatchReason[], reasons: readonly MatchReason[]): void {
  for (const r of reasons) target.push(r);
}
