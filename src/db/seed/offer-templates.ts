import type { OfferStatus } from "../../core/offers/offer-lifecycle.js";
import type { OfferInput } from "../../core/offers/offer-schemas.js";
import type { DemoOccupationKey } from "./demo-occupations.js";
import type { SeasonName } from "./demo-seasons.js";
import type { DemoSkillName } from "./demo-skills.js";

/** When an offer runs, relative to `today`. */
export type OfferTiming =
  /** The season under way (starting a week from today at the earliest) or the next one. */
  | { readonly season: SeasonName; readonly when: "upcoming" }
  /** The season under way, from its real start: work already going on. */
  | { readonly season: SeasonName; readonly when: "ongoing" }
  /** The last season, already over. */
  | { readonly season: SeasonName; readonly when: "past" }
  /** Year-round work: starts in some days and lasts some days. */
  | { readonly startInDays: number; readonly lengthDays: number };

type OfferTerms = Omit<OfferInput, "employerId" | "siteId" | "occupationUri" | "startDate" | "endDate" | "requiredSkills">;
type RequiredTerms = "title" | "positions" | "payAmountCents" | "payUnit" | "hoursPerWeek" | "contractType";

export interface OfferTemplate {
  readonly key: string;
  readonly employerKey: string;
  readonly siteIndex: number;
  readonly status: OfferStatus;
  readonly occupation: DemoOccupationKey;
  readonly timing: OfferTiming;
  readonly skills: readonly DemoSkillName[];
  readonly terms: Pick<OfferTerms, RequiredTerms> & Partial<OfferTerms>;
}

export const OFFER_DEFAULTS: Omit<OfferTerms, RequiredTerms> = {
  tasks: "",
  pieceUnit: null,
  piecesPerHour: null,
  accommodationProvided: false,
  accommodationDeductionCents: 0,
  transportProvided: false,
  mealsProvided: false,
  mealsDeductionCents: 0,
  requiredLanguages: [],
  requiredCertificates: [],
  drivingLicenceRequired: false,
  minYearsExperience: 0,
};
