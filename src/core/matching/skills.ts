import { type CriterionScore, criterionScore } from "./criterion-score.js";
import type { MatchOffer, MatchSkill, MatchWorker, OccupationSkills } from "./match-inputs.js";
import type { MatchReason } from "./match-result.js";
import { memoByObject } from "./memo.js";
import { reason } from "./reason.js";

/** A skill checked by a caseworker counts fully; a self-declared one counts for less until it is verified. */
export const VERIFIED_SKILL_CREDIT = 1;
export const SELF_DECLARED_SKILL_CREDIT = 0.7;
/** When ESCO's skills of the occupation are known, they earn this share of the skills points; required skills the rest. */
export const OCCUPATION_SKILLS_SHARE = 0.2;
/** An optional ESCO skill counts half as much as an essential one. */
export const OPTIONAL_SKILL_FACTOR = 0.5;
/** ESCO lists many skills per occupation; this many essential ones (or their equivalent) earn full credit. */
export const OCCUPATION_SKILLS_FOR_FULL_CREDIT = 5;

/** What an offer asks in skills, worked out once per offer so that many workers can be judged against it. */
export interface SkillsDemand {
  /** The required skills, each once, in the offer's order. */
  readonly required: readonly string[];
  /** ESCO's other skills of the occupation: 1 if essential, OPTIONAL_SKILL_FACTOR if optional; required ones left out. */
  readonly occupationFactor: ReadonlyMap<string, number>;
  /** Essential plus weighted optional skills; 0 when ESCO's skills are unknown, and then they do not count. */
  readonly occupationAvailable: number;
}

export function skillsDemand(offer: Pick<MatchOffer, "requiredSkills">, occupationSkills?: OccupationSkills): SkillsDemand {
  // Ranking judges one offer against many workers: its demand is worked out once per offer and ESCO list.
  const known = demandsOf(offer);
  let demand = known.get(occupationSkills);
  if (!demand) {
    demand = newSkillsDemand(offer, occupationSkills);
    known.set(occupationSkills, demand);
  }
  return demand;
}

/** The demands worked out for an offer, by ESCO list. */
const demandsOf = memoByObject((_offer: Pick<MatchOffer, "requiredSkills">) => new Map<OccupationSkills | undefined, SkillsDemand>());

function newSkillsDemand(offer: Pick<MatchOffer, "requiredSkills">, occupationSkills?: OccupationSkills): SkillsDemand {
  const required = [...new Set(offer.requiredSkills)];
  const requiredSet = new Set(required);
  const essential = new Set((occupationSkills?.essential ?? []).filter((uri) => !requiredSet.has(uri)));
  const optional = new Set((occupationSkills?.optional ?? []).filter((uri) => !requiredSet.has(uri) && !essential.has(uri)));
  const occupationFactor = new Map<string, number>([
    ...[...essential].map((uri): [string, number] => [uri, 1]),
    ...[...optional].map((uri): [string, number] => [uri, OPTIONAL_SKILL_FACTOR]),
  ]);
  return { required, occupationFactor, occupationAvailable: essential.size + OPTIONAL_SKILL_FACTOR * optional.size };
}

/** Soft criterion: required skills held (verified counts more), plus other skills ESCO lists for the occupation. */
export function scoreSkills(worker: MatchWorker, offer: MatchOffer, occupationSkills?: OccupationSkills): CriterionScore {
  const held = skillCredits(worker.skills);
  const demand = skillsDemand(offer, occupationSkills);
  const { required } = demand;
  const details: MatchReason[] = [];
  let requiredCredit = 0;
  for (const skillUri of required) {
    const credit = held.get(skillUri) ?? 0;
    requiredCredit += credit;
    if (credit === 0) details.push(reason("skills.missing", "missing", { skillUri }));
    else if (credit < VERIFIED_SKILL_CREDIT) details.push(reason("skills.selfDeclared", "partial", { skillUri }));
  }
  let earned = 0;
  let related = 0;
  // forEach, not for…of: it reads the entries without making an array for each.
  held.forEach((credit, uri) => {
    const factor = demand.occupationFactor.get(uri) ?? 0;
    if (factor > 0) related += 1;
    earned += factor * credit;
  });
  if (related > 0) {
    const ratio = occupationSkillsRatio(earned, demand.occupationAvailable);
    details.push(reason("skills.occupationRelated", ratio >= 1 ? "met" : "partial", { count: related }));
  }
  const credit = skillsCredit(requiredCredit, required.length, earned, demand.occupationAvailable);
  const met = required.filter((uri) => held.has(uri)).length;
  return required.length === 0
    ? criterionScore(credit, "skills.noneRequired", {}, details)
    : criterionScore(credit, "skills.requiredMet", { met, total: required.length }, details);
}

/**
 * The skills credit from its sums: the credits of the required skills held (added in the offer's order) and the
 * factor-weighted credits of ESCO's other skills of the occupation (added in the worker's order). The ranking
 * indexes add them in the same orders, so their sums, and so their points, are the very same numbers.
 */
export function skillsCredit(requiredCredit: number, requiredCount: number, occupationEarned: number, occupationAvailable: number): number {
  const requiredRatio = requiredCount === 0 ? 1 : requiredCredit / requiredCount;
  if (occupationAvailable === 0) return requiredRatio;
  return (
    (1 - OCCUPATION_SKILLS_SHARE) * requiredRatio + OCCUPATION_SKILLS_SHARE * occupationSkillsRatio(occupationEarned, occupationAvailable)
  );
}

function occupationSkillsRatio(earned: number, available: number): number {
  return Math.min(1, earned / Math.min(OCCUPATION_SKILLS_FOR_FULL_CREDIT, available));
}

/** The best credit for each skill the worker holds, in the order the worker's skills first name them. */
export const skillCredits = memoByObject((skills: readonly MatchSkill[]): ReadonlyMap<string, number> => {
  const credits = new Map<string, number>();
  for (const skill of skills) {
    const credit = skill.verified ? VERIFIED_SKILL_CREDIT : SELF_DECLARED_SKILL_CREDIT;
    credits.set(skill.skillUri, Math.max(credit, credits.get(skill.skillUri) ?? 0));
  }
  return credits;
});
