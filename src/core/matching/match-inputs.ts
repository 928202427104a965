import type { z } from "zod";
import type { Offer } from "../offers/offer-schemas.js";
import type { Sector } from "../reference/codes.js";
import type { DateRange } from "../shared/primitives.js";
import type {
  workAuthorisation,
  workerCertificate,
  workerLanguage,
  workerOccupation,
  workerPreferences,
  workerSkill,
} from "../workers/worker-schemas.js";

/** A point on the map, in decimal degrees (WGS 84). */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

export type MatchLanguage = z.infer<typeof workerLanguage>;
export type MatchAuthorisation = z.infer<typeof workAuthorisation>;
export type MatchOccupation = z.infer<typeof workerOccupation>;
export type MatchSkill = z.infer<typeof workerSkill>;
export type MatchCertificate = z.infer<typeof workerCertificate>;
export type MatchPreferences = z.infer<typeof workerPreferences>;

/**
 * What matching needs to know about a worker, and nothing more. Gender, nationality, age and religion are
 * deliberately absent: they must not influence a match, so the matcher never sees them.
 */
export interface MatchWorker {
  readonly id: string;
  readonly languages: readonly MatchLanguage[];
  readonly authorisations: readonly MatchAuthorisation[];
  readonly occupations: readonly MatchOccupation[];
  readonly skills: readonly MatchSkill[];
  readonly certificates: readonly MatchCertificate[];
  /** Windows of ISO dates, both ends inclusive. */
  readonly availability: readonly DateRange[];
  readonly drivingLicence: boolean;
  readonly ownTransport: boolean;
  readonly willingToRelocate: boolean;
  readonly location: GeoPoint | null;
  readonly preferences: MatchPreferences;
}

/** What matching needs to know about a job offer; sector and location come from the employer and the site. */
export type MatchOffer = Readonly<
  Pick<
    Offer,
    | "id"
    | "occupationUri"
    | "startDate"
    | "endDate"
    | "payAmountCents"
    | "payUnit"
    | "hoursPerWeek"
    | "piecesPerHour"
    | "accommodationProvided"
    | "transportProvided"
    | "requiredSkills"
    | "requiredLanguages"
    | "requiredCertificates"
    | "drivingLicenceRequired"
    | "minYearsExperience"
  > & {
    sector: Sector;
    location: GeoPoint | null;
  }
>;

/** ESCO's essential and optional skills of one occupation (skill URIs). */
export interface OccupationSkills {
  readonly essential: readonly string[];
  readonly optional: readonly string[];
}

/** Reference knowledge passed in by the caller, so the core stays free of I/O and globals. */
export interface MatchContext {
  /** ESCO skills of the offer's occupation: a worker's skills in this set earn part of the skills points. */
  readonly occupationSkills?: OccupationSkills;
  /** The ISCO-08 code of an ESCO occupation ("6111" or longer), used for credit from related occupations. */
  readonly iscoOf?: (occupationUri: string) => string | undefined;
}

/** For ranking many offers, each with its own occupation, the occupation's skills are looked up per offer. */
export interface OffersMatchContext {
  readonly occupationSkillsOf?: (occupationUri: string) => OccupationSkills | undefined;
  readonly iscoOf?: (occupationUri: string) => string | undefined;
}
