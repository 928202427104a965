import { type CriterionScore, criterionScore } from "./criterion-score.js";
import type { MatchContext, MatchOccupation, MatchOffer, MatchWorker } from "./match-inputs.js";
import type { MatchReason } from "./match-result.js";
import { reason } from "./reason.js";
import type { MatchReasonCode } from "./reason-codes.js";

/** How much experience in another occupation is worth, by how close ISCO-08 puts it to the offer's. */
export const SAME_OCCUPATION_CREDIT = 1;
export const SAME_ISCO_UNIT_GROUP_CREDIT = 0.6;
export const SAME_ISCO_MINOR_GROUP_CREDIT = 0.3;
/**
 * When the offer asks for no experience, a newcomer still earns this share: the employer accepts beginners,
 * and related experience only lifts a candidate above them.
 */
export const NO_EXPERIENCE_REQUIRED_FLOOR = 0.5;

type Relation = "sameOccupation" | "sameUnitGroup" | "sameMinorGroup";

const RELATION_CREDIT: Record<Relation, number> = {
  sameOccupation: SAME_OCCUPATION_CREDIT,
  sameUnitGroup: SAME_ISCO_UNIT_GROUP_CREDIT,
  sameMinorGroup: SAME_ISCO_MINOR_GROUP_CREDIT,
};

const RELATION_CODE: Record<Relation, MatchReasonCode> = {
  sameOccupation: "experience.sameOccupation",
  sameUnitGroup: "experience.sameUnitGroup",
  sameMinorGroup: "experience.sameMinorGroup",
};

interface Candidate {
  readonly occupation: MatchOccupation;
  readonly relation: Relation;
  readonly iscoCode: string;
  readonly credit: number;
}

/** Soft criterion: experience in the offer's occupation or a related one, against the years the offer asks for. */
export function scoreExperience(worker: MatchWorker, offer: MatchOffer, iscoOf?: MatchContext["iscoOf"]): CriterionScore {
  const required = offer.minYearsExperience;
  const best = worker.occupations
    .map((occupation) => candidate(occupation, offer, iscoOf))
    .filter((c): c is Candidate => c !== undefined)
    .sort(byCreditThenCloseness)[0];
  if (!best) {
    return required > 0
      ? criterionScore(0, "experience.none", { required })
      : criterionScore(NO_EXPERIENCE_REQUIRED_FLOOR, "experience.noneNotRequired", {});
  }
  const details: MatchReason[] = best.occupation.informal ? [reason("experience.informal", "met")] : [];
  const years = best.occupation.yearsExperience;
  const params: Record<string, string | number> =
    best.relation === "sameOccupation"
      ? { years, required }
      : { occupationUri: best.occupation.occupationUri, iscoCode: best.iscoCode, years, required };
  return criterionScore(best.credit, RELATION_CODE[best.relation], params, details);
}

function candidate(occupation: MatchOccupation, offer: MatchOffer, iscoOf?: MatchContext["iscoOf"]): Candidate | undefined {
  const found = relationOf(occupation.occupationUri, offer.occupationUri, iscoOf);
  if (!found) return undefined;
  const closeness = RELATION_CREDIT[found.relation];
  const required = offer.minYearsExperience;
  const credit =
    required > 0
      ? closeness * Math.min(1, occupation.yearsExperience / required)
      : NO_EXPERIENCE_REQUIRED_FLOOR + (1 - NO_EXPERIENCE_REQUIRED_FLOOR) * closeness;
  return { occupation, relation: found.relation, iscoCode: found.iscoCode, credit };
}

function relationOf(
  workerUri: string,
  offerUri: string,
  iscoOf?: MatchContext["iscoOf"],
): { relation: Relation; iscoCode: string } | undefined {
  if (workerUri === offerUri) return { relation: "sameOccupation", iscoCode: iscoDigits(iscoOf?.(offerUri)) };
  const workerIsco = iscoDigits(iscoOf?.(workerUri));
  const offerIsco = iscoDigits(iscoOf?.(offerUri));
  if (workerIsco.length >= 4 && workerIsco.slice(0, 4) === offerIsco.slice(0, 4)) {
    return { relation: "sameUnitGroup", iscoCode: workerIsco.slice(0, 4) };
  }
  if (workerIsco.length >= 3 && workerIsco.slice(0, 3) === offerIsco.slice(0, 3)) {
    return { relation: "sameMinorGroup", iscoCode: workerIsco.slice(0, 3) };
  }
  return undefined;
}

/** ESCO writes ISCO codes of its occupations as "6111" or "6111.2"; only the ISCO digits compare. */
function iscoDigits(code: string | undefined): string {
  return (code ?? "").replace(/\D/g, "").slice(0, 4);
}

function byCreditThenCloseness(a: Candidate, b: Candidate): number {
  return (
    b.credit - a.credit ||
    RELATION_CREDIT[b.relation] - RELATION_CREDIT[a.relation] ||
    b.occupation.yearsExperience - a.occupation.yearsExperience ||
    (a.occupation.occupationUri < b.occupation.occupationUri ? -1 : a.occupation.occupationUri > b.occupation.occupationUri ? 1 : 0)
  );
}
