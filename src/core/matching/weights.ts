import type { SoftCriterion } from "./criteria.js";

// How the 100 points of a match are shared among the soft criteria. Hard rules earn no points: they decide
// eligibility. The order of importance reflects what makes a placement work in seasonal farm work:

/** Can the worker do the tasks? The most direct evidence an employer gives, so the largest share. */
export const SKILLS_WEIGHT = 30;
/** Has the worker done this (or a related) job before, also informally? Predicts productivity and retention. */
export const EXPERIENCE_WEIGHT = 20;
/** Can the worker follow instructions and safety rules? Matters, but crews often work through a mediator. */
export const LANGUAGE_WEIGHT = 15;
/** Can the worker get there every day? Softened when the worker relocates or the employer houses workers. */
export const DISTANCE_WEIGHT = 15;
/** Share of the season the worker can cover: overlap is already a hard rule, so this only refines the order. */
export const AVAILABILITY_WEIGHT = 10;
/** The worker's own wishes (sector, pay, accommodation): the worker decides anyway, so they only nudge. */
export const PREFERENCES_WEIGHT = 10;

export const SOFT_CRITERION_WEIGHTS: Readonly<Record<SoftCriterion, number>> = {
  availability: AVAILABILITY_WEIGHT,
  skills: SKILLS_WEIGHT,
  experience: EXPERIENCE_WEIGHT,
  language: LANGUAGE_WEIGHT,
  distance: DISTANCE_WEIGHT,
  preferences: PREFERENCES_WEIGHT,
};

/**
 * The whole points a criterion earns for a credit (0..1). Rounded per criterion, so the lines a person reads add
 * up to the score; the ranking indexes add the same points, so their scores equal scoreMatch's.
 */
export function criterionPoints(criterion: SoftCriterion, credit: number): number {
  return Math.round(credit * SOFT_CRITERION_WEIGHTS[criterion]);
}
