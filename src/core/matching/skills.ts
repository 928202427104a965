import { type CriterionScore, criterionScore } from "./criterion-score.js";
import type { MatchOffer, MatchSkill, MatchWorker, OccupationSkills } from "./match-inputs.js";
import type { MatchReason } from "./match-result.js";
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

/** Soft criterion: required skills held (verified counts more), plus other skills ESCO lists for the occupation. */
export function scoreSkills(worker: MatchWorker, offer: MatchOffer, occupationSkills?: OccupationSkills): CriterionScore {
  const held = skillCredits(worker.skills);
  const required = [...new Set(offer.requiredSkills)];
  const details: MatchReason[] = [];
  let requiredCredit = 0;
  for (const skillUri of required) {
    const credit = held.get(skillUri) ?? 0;
    requiredCredit += credit;
    if (credit === 0) details.push(reason("skills.missing", "missing", { skillUri }));
    else if (credit < VERIFIED_SKILL_CREDIT) details.push(reason("skills.selfDeclared", "partial", { skillUri }));
  }
  const requiredRatio = required.length === 0 ? 1 : requiredCredit / required.length;
  const occupation = occupationSkillsCredit(held, new Set(required), occupationSkills);
  if (occupation.related > 0) {
    details.push(reason("skills.occupationRelated", occupation.ratio >= 1 ? "met" : "partial", { count: occupation.related }));
  }
  const credit = occupation.applies
    ? (1 - OCCUPATION_SKILLS_SHARE) * requiredRatio + OCCUPATION_SKILLS_SHARE * occupation.ratio
    : requiredRatio;
  const met = required.filter((uri) => held.has(uri)).length;
  return required.length === 0
    ? criterionScore(credit, "skills.noneRequired", {}, details)
    : criterionScore(credit, "skills.requiredMet", { met, total: required.length }, details);
}

/** The best credit for each skill the worker holds. */
function skillCredits(skills: readonly MatchSkill[]): Map<string, number> {
  const credits = new Map<string, number>();
  for (const skill of skills) {
    const credit = skill.verified ? VERIFIED_SKILL_CREDIT : SELF_DECLARED_SKILL_CREDIT;
    credits.set(skill.skillUri, Math.max(credit, credits.get(skill.skillUri) ?? 0));
  }
  return credits;
}

interface OccupationCredit {
  readonly applies: boolean;
  readonly ratio: number;
  readonly related: number;
}

/** Skills of the occupation other than the required ones, which are already counted. */
function occupationSkillsCredit(
  held: ReadonlyMap<string, number>,
  required: ReadonlySet<string>,
  occupationSkills?: OccupationSkills,
): OccupationCredit {
  const essential = new Set((occupationSkills?.essential ?? []).filter((uri) => !required.has(uri)));
  const optional = new Set((occupationSkills?.optional ?? []).filter((uri) => !required.has(uri) && !essential.has(uri)));
  const available = essential.size + OPTIONAL_SKILL_FACTOR * optional.size;
  if (available === 0) return { applies: false, ratio: 0, related: 0 };
  let earned = 0;
  let related = 0;
  for (const [uri, credit] of held) {
    const factor = essential.has(uri) ? 1 : optional.has(uri) ? OPTIONAL_SKILL_FACTOR : 0;
    if (factor > 0) related += 1;
    earned += factor * credit;
  }
  return { applies: true, ratio: Math.min(1, earned / Math.min(OCCUPATION_SKILLS_FOR_FULL_CREDIT, available)), related };
}
