import { type CriterionScore, criterionScore } from "./criterion-score.js";
import type { MatchContext, MatchOccupation, MatchOffer, MatchWorker } from "./match-inputs.js";
import type { MatchReason } from "./match-result.js";
import { memoByObject } from "./memo.js";
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

export type Relation = "sameOccupation" | "sameUnitGroup" | "sameMinorGroup";

export const RELATION_CREDIT: Readonly<Record<Relation, number>> = {
  sameOccupation: SAME_OCCUPATION_CREDIT,
  sameUnitGroup: SAME_ISCO_UNIT_GROUP_CREDIT,
  sameMinorGroup: SAME_ISCO_MINOR_GROUP_CREDIT,
};

const RELATION_CODE: Record<Relation, MatchReasonCode> = {
  sameOccupation: "experience.sameOccupation",
  sameUnitGroup: "experience.sameUnitGroup",
  sameMinorGroup: "experience.sameMinorGroup",
};

/**
 * An occupation and the ISCO groups it can share with another: its unit group (4 digits) and minor group
 * (3 digits), null when ESCO gives fewer digits. Generic so that the ranking indexes can compare numbered keys.
 */
export interface OccupationKey<T> {
  readonly occupation: T;
  readonly unitGroup: T | null;
  readonly minorGroup: T | null;
}

export function occupationKey(occupationUri: string, iscoOf?: MatchContext["iscoOf"]): OccupationKey<string> {
  // Ranking asks for the same few occupations again and again: their keys are kept per ISCO lookup.
  const known = iscoOf ? keysOf(iscoOf) : undefined;
  let key = known?.get(occupationUri);
  if (!key) {
    const digits = iscoDigits(iscoOf?.(occupationUri));
    key = {
      occupation: occupationUri,
      unitGroup: digits.length >= 4 ? digits.slice(0, 4) : null,
      minorGroup: digits.length >= 3 ? digits.slice(0, 3) : null,
    };
    known?.set(occupationUri, key);
  }
  return key;
}

/** The keys worked out with an ISCO lookup, by occupation. */
const keysOf = memoByObject((_iscoOf: NonNullable<MatchContext["iscoOf"]>) => new Map<string, OccupationKey<string>>());

/** How close ISCO-08 puts the worker's occupation to the offer's, if at all. */
export function relationBetween<T>(worker: OccupationKey<T>, offer: OccupationKey<T>): Relation | undefined {
  if (worker.occupation === offer.occupation) return "sameOccupation";
  if (worker.unitGroup !== null && worker.unitGroup === offer.unitGroup) return "sameUnitGroup";
  if (worker.minorGroup !== null && worker.minorGroup === offer.minorGroup) return "sameMinorGroup";
  return undefined;
}

/** The credit of experience in a related occupation: closeness times the share of the years asked. */
export function experienceCredit(relation: Relation, years: number, requiredYears: number): number {
  const closeness = RELATION_CREDIT[relation];
  return requiredYears > 0
    ? closeness * Math.min(1, years / requiredYears)
    : NO_EXPERIENCE_REQUIRED_FLOOR + (1 - NO_EXPERIENCE_REQUIRED_FLOOR) * closeness;
}

/** The credit without any related experience: none if the offer asks for years, the newcomer's floor if not. */
export function noExperienceCredit(requiredYears: number): number {
  return requiredYears > 0 ? 0 : NO_EXPERIENCE_REQUIRED_FLOOR;
}

interface Candidate {
  readonly occupation: MatchOccupation;
  readonly relation: Relation;
  readonly iscoCode: string;
  readonly credit: number;
}

/** Soft criterion: experience in the offer's occupation or a related one, against the years the offer asks for. */
export function scoreExperience(worker: MatchWorker, offer: MatchOffer, iscoOf?: MatchContext["iscoOf"]): CriterionScore {
  const required = offer.minYearsExperience;
  const offerKey = occupationKey(offer.occupationUri, iscoOf);
  let best: Candidate | undefined;
  for (const occupation of worker.occupations) {
    const c = candidate(occupation, offerKey, required, iscoOf);
    if (c && (!best || byCreditThenCloseness(c, best) < 0)) best = c;
  }
  if (!best) {
    const credit = noExperienceCredit(required);
    return required > 0
      ? criterionScore(credit, "experience.none", { required })
      : criterionScore(credit, "experience.noneNotRequired", {});
  }
  const details: MatchReason[] = best.occupation.informal ? [reason("experience.informal", "met")] : [];
  const years = best.occupation.yearsExperience;
  const params: Record<string, string | number> =
    best.relation === "sameOccupation"
      ? { years, required }
      : { occupationUri: best.occupation.occupationUri, iscoCode: best.iscoCode, years, required };
  return criterionScore(best.credit, RELATION_CODE[best.relation], params, details);
}

function candidate(
  occupation: MatchOccupation,
  offerKey: OccupationKey<string>,
  required: number,
  iscoOf?: MatchContext["iscoOf"],
): Candidate | undefined {
  const workerKey = occupationKey(occupation.occupationUri, iscoOf);
  const relation = relationBetween(workerKey, offerKey);
  if (!relation) return undefined;
  const iscoCode = (relation === "sameUnitGroup" ? workerKey.unitGroup : workerKey.minorGroup) ?? "";
  return { occupation, relation, iscoCode, credit: experienceCredit(relation, occupation.yearsExperience, required) };
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
