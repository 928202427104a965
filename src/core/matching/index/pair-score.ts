import { availabilityCredit } from "../availability.js";
import { boundedCredit } from "../criterion-score.js";
import { distanceCredit, haversineKm } from "../distance.js";
import { experienceCredit, noExperienceCredit, relationBetween } from "../experience.js";
import { coveredDaysOfMerged, coversWhole } from "../iso-days.js";
import { languageCredit, languagesCredit } from "../languages.js";
import type { GeoPoint } from "../match-inputs.js";
import { payPreferenceCredit, preferencesCredit } from "../preferences.js";
import { skillsCredit } from "../skills.js";
import { criterionPoints } from "../weights.js";
import type { OfferDemand, WorkerFeatures } from "./features.js";

/** What pairScore returns for a pair that a hard rule excludes. */
export const NOT_ELIGIBLE = -1;

/**
 * scoreMatch's score for one worker and one offer, without its reasons: the same hard rules and the same credits
 * (each criterion's arithmetic is the function scoreMatch itself uses, fed in the same order), so the same number,
 * or NOT_ELIGIBLE. The distance points come from the caller, who works them out once per place.
 */
export function pairScore(w: WorkerFeatures, d: OfferDemand, distance: number): number {
  if (!coversWhole(d.period, w.authorised)) return NOT_ELIGIBLE;
  const availableDays = coveredDaysOfMerged(d.period, w.available);
  if (availableDays === 0) return NOT_ELIGIBLE;
  if (d.licenceRequired && !(w.licenceUntil >= d.period.from)) return NOT_ELIGIBLE;
  for (const kind of d.certificateKinds) if (!holdsValidCertificate(w, kind, d.period.from)) return NOT_ELIGIBLE;

  return (
    criterionPoints("availability", boundedCredit(availabilityCredit(availableDays, d.offerDays))) +
    criterionPoints("skills", boundedCredit(skillsCreditOf(w, d))) +
    criterionPoints("experience", boundedCredit(experienceCreditOf(w, d))) +
    criterionPoints("language", boundedCredit(languagesCreditOf(w, d))) +
    distance +
    criterionPoints("preferences", boundedCredit(preferencesCreditOf(w, d)))
  );
}

/**
 * At least the skills points of pairScore: the required skills held, exactly, and all of ESCO's other skills of
 * the occupation. Cheap, and the skills points are what sets most workers apart, so a search tries this first.
 */
export function skillsPointsBound(w: WorkerFeatures, d: OfferDemand): number {
  const credit = skillsCredit(requiredSkillsCredit(w, d), d.requiredSkills.length, d.occupationAvailable, d.occupationAvailable);
  return criterionPoints("skills", boundedCredit(credit));
}

/**
 * At least pairScore's score, from the cheap criteria computed exactly and the rest at their best (hard rules
 * assumed met, the whole offer covered, the skills bound above): a search skips the exact score of a worker whose
 * bound cannot reach its threshold.
 */
export function pairScoreBound(w: WorkerFeatures, d: OfferDemand, distance: number, skillsBound: number): number {
  return (
    criterionPoints("availability", 1) +
    skillsBound +
    criterionPoints("experience", boundedCredit(experienceCreditOf(w, d))) +
    criterionPoints("language", boundedCredit(languagesCreditOf(w, d))) +
    distance +
    criterionPoints("preferences", boundedCredit(preferencesCreditOf(w, d)))
  );
}

/** The distance points of a worker living at `location` (relocating or not) for the offer. */
export function distancePoints(location: GeoPoint | null, relocates: boolean, d: OfferDemand): number {
  const km = location && d.location ? haversineKm(location, d.location) : null;
  return criterionPoints("distance", boundedCredit(distanceCredit(km, relocates || d.accommodationProvided)));
}

function holdsValidCertificate(w: WorkerFeatures, kind: number, day: number): boolean {
  const c = w.certificates;
  for (let i = 0; i < c.length; i += 3) {
    if (c[i] === kind && (c[i + 1] as number) <= day && (c[i + 2] as number) >= day) return true;
  }
  return false;
}

/** Required skills summed in the offer's order, ESCO's other skills of the occupation in the worker's order. */
function skillsCreditOf(w: WorkerFeatures, d: OfferDemand): number {
  const requiredCredit = requiredSkillsCredit(w, d);
  let earned = 0;
  const factors = d.occupationFactor;
  if (factors) {
    for (let i = 0; i < w.skillIds.length; i++) {
      const skill = w.skillIds[i] as number;
      const factor = skill < factors.length ? (factors[skill] as number) : 0;
      if (factor > 0 && !isRequired(d, skill)) earned += factor * (w.skillCredits[i] as number);
    }
  }
  return skillsCredit(requiredCredit, d.requiredSkills.length, earned, d.occupationAvailable);
}

function requiredSkillsCredit(w: WorkerFeatures, d: OfferDemand): number {
  let requiredCredit = 0;
  // Plain loops: these lists are a few items long, and this runs for every worker a search reads.
  for (const skill of d.requiredSkills) {
    for (let i = 0; i < w.skillIds.length; i++) {
      if (w.skillIds[i] === skill) {
        requiredCredit += w.skillCredits[i] as number;
        break;
      }
    }
  }
  return requiredCredit;
}

function isRequired(d: OfferDemand, skill: number): boolean {
  for (const required of d.requiredSkills) if (required === skill) return true;
  return false;
}

function experienceCreditOf(w: WorkerFeatures, d: OfferDemand): number {
  let best = -1;
  for (let i = 0; i < w.occupations.length; i++) {
    const relation = relationBetween(w.occupations[i] as WorkerFeatures["occupations"][number], d.occupation);
    if (relation) best = Math.max(best, experienceCredit(relation, w.years[i] as number, d.minYearsExperience));
  }
  return best < 0 ? noExperienceCredit(d.minYearsExperience) : best;
}

function languagesCreditOf(w: WorkerFeatures, d: OfferDemand): number {
  let earned = 0;
  for (let i = 0; i < d.languages.length; i += 2) {
    earned += languageCredit(d.languages[i + 1] as number, spokenRank(w, d.languages[i] as number));
  }
  return languagesCredit(earned, d.languages.length / 2);
}

function spokenRank(w: WorkerFeatures, language: number): number | undefined {
  for (let i = 0; i < w.languages.length; i += 2) if (w.languages[i] === language) return w.languages[i + 1];
  return undefined;
}

function preferencesCreditOf(w: WorkerFeatures, d: OfferDemand): number {
  const sector = w.sectorMask === 0 ? undefined : (w.sectorMask & d.sectorBit) !== 0 ? 1 : 0;
  const accommodation = w.accommodationNeeded ? (d.accommodationProvided ? 1 : 0) : undefined;
  return preferencesCredit(sector, payPreferenceCredit(w.minHourlyPayCents, d.hourlyCents), accommodation);
}
