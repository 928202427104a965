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
  const availableDays = eligibleDays(w, d);
  return availableDays === 0 ? NOT_ELIGIBLE : pointsBesideSkills(w, d, distance, availableDays) + skillsPoints(w, d);
}

/** The offer's days the worker is available for if every hard rule holds, else 0: pairScore's hard rules. */
export function eligibleDays(w: WorkerFeatures, d: OfferDemand): number {
  if (!coversWhole(d.period, w.authorised)) return 0;
  const availableDays = coveredDaysOfMerged(d.period, w.available);
  if (availableDays === 0) return 0;
  if (d.licenceRequired && !(w.licenceUntil >= d.period.from)) return 0;
  for (const kind of d.certificateKinds) if (!holdsValidCertificate(w, kind, d.period.from)) return 0;
  return availableDays;
}

/**
 * pairScore's points of every criterion but the skills, for a pair that passes the hard rules with the worker
 * available for `availableDays` of the offer: the cheaper part, so a caller may bound the score with it (the skills
 * at their best) before working out the skills.
 */
export function pointsBesideSkills(w: WorkerFeatures, d: OfferDemand, distance: number, availableDays: number): number {
  return (
    criterionPoints("availability", boundedCredit(availabilityCredit(availableDays, d.offerDays))) +
    experiencePoints(w, d) +
    criterionPoints("language", boundedCredit(languagesCreditOf(w, d))) +
    distance +
    criterionPoints("preferences", boundedCredit(preferencesCreditOf(w, d)))
  );
}

/** pairScore's skills points. */
export function skillsPoints(w: WorkerFeatures, d: OfferDemand): number {
  return criterionPoints("skills", boundedCredit(heldSkillsCredit(w.skillIds, w.skillCredits, 0, w.skillIds.length, d)));
}

/** pairScore's experience points. */
export function experiencePoints(w: WorkerFeatures, d: OfferDemand): number {
  return criterionPoints("experience", boundedCredit(practisedExperienceCredit(w.experience, 0, w.experience.length, d)));
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

const NOT_HELD = -1;
/** heldSkillsCredit's credits of the required skills by place in the offer's order, NOT_HELD between calls. */
let requiredHeld = new Float64Array(16).fill(NOT_HELD);

/**
 * The skills credit of a worker holding the skills `ids` (with their `credits`) from `start` to `end`: required
 * skills summed in the offer's order, ESCO's other skills of the occupation in the worker's order, as scoreSkills.
 * One pass over the worker's skills (this runs for every worker a search reads): each required skill's credit is
 * kept at its place in the offer's order, then summed in that order, so the sum is scoreSkills' to the last bit.
 */
export function heldSkillsCredit(ids: ArrayLike<number>, credits: ArrayLike<number>, start: number, end: number, d: OfferDemand): number {
  const required = d.requiredSkills.length;
  const order = d.requiredOrder;
  const factors = d.occupationFactor;
  if (requiredHeld.length < required) requiredHeld = new Float64Array(required).fill(NOT_HELD);
  const held = requiredHeld;
  let earned = 0;
  for (let i = start; i < end; i++) {
    const skill = ids[i] as number;
    const place = skill < order.length ? (order[skill] as number) : 0;
    if (place > 0) {
      if (held[place - 1] === NOT_HELD) held[place - 1] = credits[i] as number;
    } else if (factors && skill < factors.length) {
      const factor = factors[skill] as number;
      if (factor > 0) earned += factor * (credits[i] as number);
    }
  }
  let requiredCredit = 0;
  for (let place = 0; place < required; place++) {
    const credit = held[place] as number;
    if (credit !== NOT_HELD) {
      requiredCredit += credit;
      held[place] = NOT_HELD;
    }
  }
  return skillsCredit(requiredCredit, required, earned, d.occupationAvailable);
}

/** One occupation practised, reused by practisedExperienceCredit so that relationBetween compares numbers. */
const practised = { occupation: 0, unitGroup: null as number | null, minorGroup: null as number | null };

/**
 * The experience credit of a worker practising the occupations of `experience` from `start` to `end`, read as
 * OCCUPATION_FIELDS numbers each (occupation, ISCO unit group, minor group, -1 for none, years): the best one.
 */
export function practisedExperienceCredit(experience: ArrayLike<number>, start: number, end: number, d: OfferDemand): number {
  let best = -1;
  for (let i = start; i < end; i += OCCUPATION_FIELDS) {
    practised.occupation = experience[i] as number;
    practised.unitGroup = orNull(experience[i + 1] as number);
    practised.minorGroup = orNull(experience[i + 2] as number);
    const relation = relationBetween(practised, d.occupation);
    if (relation) best = Math.max(best, experienceCredit(relation, experience[i + 3] as number, d.minYearsExperience));
  }
  return best < 0 ? noExperienceCredit(d.minYearsExperience) : best;
}

/** How many numbers describe one occupation a worker practises (see WorkerFeatures.experience). */
export const OCCUPATION_FIELDS = 4;

function orNull(group: number): number | null {
  return group < 0 ? null : group;
}

function languagesCreditOf(w: WorkerFeatures, d: OfferDemand): number {
  return spokenLanguagesCredit(w.languages, 0, w.languages.length, d);
}

/** The language credit of a worker speaking the (language, rank) pairs of `spoken` from `start` to `end`. */
export function spokenLanguagesCredit(spoken: ArrayLike<number>, start: number, end: number, d: OfferDemand): number {
  let earned = 0;
  for (let i = 0; i < d.languages.length; i += 2) {
    earned += languageCredit(d.languages[i + 1] as number, spokenRank(spoken, start, end, d.languages[i] as number));
  }
  return languagesCredit(earned, d.languages.length / 2);
}

function spokenRank(spoken: ArrayLike<number>, start: number, end: number, language: number): number | undefined {
  for (let i = start; i < end; i += 2) if (spoken[i] === language) return spoken[i + 1];
  return undefined;
}

function preferencesCreditOf(w: WorkerFeatures, d: OfferDemand): number {
  return statedPreferencesCredit(w.sectorMask, w.minHourlyPayCents, w.accommodationNeeded, d);
}

/** The preferences credit of a worker's stated wishes (sectors as a mask, 0 for none) for the offer. */
export function statedPreferencesCredit(
  sectorMask: number,
  minHourlyPayCents: number | null,
  accommodationNeeded: boolean,
  d: OfferDemand,
): number {
  const sector = sectorMask === 0 ? undefined : (sectorMask & d.sectorBit) !== 0 ? 1 : 0;
  const accommodation = accommodationNeeded ? (d.accommodationProvided ? 1 : 0) : undefined;
  return preferencesCredit(sector, payPreferenceCredit(minHourlyPayCents, d.hourlyCents), accommodation);
}
