import type { GeoPoint, OccupationSkills } from "../../core/matching/match-inputs.js";

/** What matching needs from the shipped reference data (ESCO, NUTS), behind one small interface. */
export interface ReferenceKnowledge {
  centroidOf(regionCode: string): GeoPoint | null;
  occupationSkillsOf(occupationUri: string): OccupationSkills | undefined;
  iscoOf(occupationUri: string): string | undefined;
}
