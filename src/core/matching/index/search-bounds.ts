import { experienceCredit, noExperienceCredit, type Relation } from "../experience.js";
import { SELF_DECLARED_SKILL_CREDIT, skillsCredit, VERIFIED_SKILL_CREDIT } from "../skills.js";
import { criterionPoints } from "../weights.js";
import type { OfferDemand } from "./features.js";

/** How a worker's occupations relate to the offer's, closest first: the index of RELATIONS, or NO_RELATION. */
export const RELATIONS: readonly Relation[] = ["sameOccupation", "sameUnitGroup", "sameMinorGroup"];
export const NO_RELATION = RELATIONS.length;

/** Workers holding `held` of the offer's required skills whose occupations relate to it by `relation`. */
export interface WorkerClass {
  readonly held: number;
  readonly relation: number;
  /** At least the score of any worker of the class (the distance at its best). */
  readonly bound: number;
}

/** Availability, language and preferences at their best: the criteria the columns judge worker by worker. */
const OTHER_POINTS = criterionPoints("availability", 1) + criterionPoints("language", 1) + criterionPoints("preferences", 1);
const BEST_DISTANCE = criterionPoints("distance", 1);

/**
 * Upper bounds of the score of the workers of an offer, from what the bitsets tell of a worker: how many of the
 * required skills they hold (and how many of those are verified) and how their occupations relate to the offer's.
 * Each is made of the criteria's own credits at their best, so it moves with the weights and credits.
 */
export class SearchBounds {
  readonly #required: number;
  /** Skills points at best by held × (required + 1) + verified. */
  readonly #skills: Int8Array;
  /** Experience points at best by relation (NO_RELATION last). */
  readonly #experience: Int8Array;
  /** Every class, best bound first. */
  readonly classes: readonly WorkerClass[];

  constructor(demand: OfferDemand) {
    const required = demand.requiredSkills.length;
    this.#required = required;
    this.#skills = new Int8Array((required + 1) * (required + 1));
    for (let held = 0; held <= required; held++) {
      for (let verified = 0; verified <= held; verified++) {
        this.#skills[held * (required + 1) + verified] = criterionPoints("skills", skillsBoundCredit(demand, held, verified));
      }
    }
    const years = demand.minYearsExperience;
    this.#experience = Int8Array.from([...RELATIONS, null], (relation) =>
      criterionPoints("experience", relation === null ? noExperienceCredit(years) : experienceCredit(relation, years, years)),
    );
    const classes: WorkerClass[] = [];
    for (let held = 0; held <= required; held++) {
      for (let relation = 0; relation <= NO_RELATION; relation++) {
        classes.push({ held, relation, bound: this.withoutDistance(held, held, relation) + BEST_DISTANCE });
      }
    }
    this.classes = classes.sort((a, b) => b.bound - a.bound);
  }

  /** At least the score, but for the distance points, of a worker of the class holding `verified` skills verified. */
  withoutDistance(held: number, verified: number, relation: number): number {
    return OTHER_POINTS + (this.#skills[held * (this.#required + 1) + verified] as number) + (this.#experience[relation] as number);
  }
}

/**
 * At least the skills credit of a worker holding `held` of the offer's required skills, `verified` of them
 * verified, and at best ESCO's other skills of the occupation. The sum of the credits may differ from the scorer's
 * in the last bit (it adds them in the offer's order): a hair added keeps the bound above it.
 */
function skillsBoundCredit(demand: OfferDemand, held: number, verified: number): number {
  const credit = verified * VERIFIED_SKILL_CREDIT + (held - verified) * SELF_DECLARED_SKILL_CREDIT;
  const required = demand.requiredSkills.length;
  return Math.min(1, skillsCredit(credit, required, demand.occupationAvailable, demand.occupationAvailable) + 1e-9);
}
