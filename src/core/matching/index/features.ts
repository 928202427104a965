import { SECTORS } from "../../reference/codes.js";
import { authorisedDays } from "../authorisation.js";
import { availabilityDays } from "../availability.js";
import { certificateDays } from "../certificates.js";
import { type OccupationKey, occupationKey } from "../experience.js";
import { type DayInterval, daysIn, offerPeriod } from "../iso-days.js";
import { levelRank } from "../languages.js";
import { drivingLicenceValidUntil } from "../licence.js";
import type { GeoPoint, MatchOffer, MatchWorker, OffersMatchContext } from "../match-inputs.js";
import { hourlyEquivalentCents } from "../pay.js";
import { skillCredits, skillsDemand } from "../skills.js";
import { Interner } from "./interner.js";

/** A worker as the indexes judge them: every fact scoreMatch reads, worked out once and numbered. */
export interface WorkerFeatures {
  /** Merged days on which the worker may work. */
  readonly authorised: readonly DayInterval[];
  /** Merged days on which the worker is available. */
  readonly available: readonly DayInterval[];
  /** Per certificate: kind, first day, last day (±Infinity when open). */
  readonly certificates: readonly number[];
  readonly licenceUntil: number;
  /** Skills held, each once in the order first named, with its best credit. */
  readonly skillIds: readonly number[];
  readonly skillCredits: readonly number[];
  readonly occupations: readonly OccupationKey<number>[];
  /** Per occupation practised: occupation, ISCO unit group, minor group (-1 for none), years of experience. */
  readonly experience: readonly number[];
  /** Per language spoken: language, best level's rank. */
  readonly languages: readonly number[];
  readonly sectorMask: number;
  readonly minHourlyPayCents: number | null;
  readonly accommodationNeeded: boolean;
  readonly location: GeoPoint | null;
  readonly relocates: boolean;
}

/** An offer as the indexes judge it, worked out once per offer. */
export interface OfferDemand {
  readonly period: DayInterval;
  readonly offerDays: number;
  readonly certificateKinds: readonly number[];
  readonly licenceRequired: boolean;
  /** Required skills, each once, in the offer's order. */
  readonly requiredSkills: readonly number[];
  /** By skill number: its place among the required skills plus one, 0 when not required (numbers past the end too). */
  readonly requiredOrder: Uint8Array;
  /** ESCO's skills of the occupation by skill number (1 essential, less if optional); null when unknown. */
  readonly occupationFactor: Float64Array | null;
  readonly occupationAvailable: number;
  readonly occupation: OccupationKey<number>;
  readonly minYearsExperience: number;
  /** Per required language, in the offer's order: language, required level's rank. */
  readonly languages: readonly number[];
  readonly sectorBit: number;
  readonly hourlyCents: number | null;
  readonly accommodationProvided: boolean;
  readonly location: GeoPoint | null;
}

/**
 * The numbering shared by the workers and offers of one index, and the reference knowledge it came from, so that
 * both sides' features compare as integers.
 */
export class FeatureSpace {
  readonly skills = new Interner();
  readonly occupations = new Interner();
  readonly unitGroups = new Interner();
  readonly minorGroups = new Interner();
  readonly #languages = new Interner();
  readonly #certificates = new Interner();
  readonly #factorTables = new Map<string, Float64Array | null>();

  constructor(private readonly context: OffersMatchContext) {}

  worker(worker: MatchWorker): WorkerFeatures {
    const credits = skillCredits(worker.skills);
    const spoken = new Map<number, number>();
    for (const { language, level } of worker.languages) {
      const id = this.#languages.idOf(language);
      spoken.set(id, Math.max(levelRank(level), spoken.get(id) ?? -1));
    }
    const occupations = worker.occupations.map((o) => this.occupationKey(o.occupationUri));
    return {
      authorised: authorisedDays(worker.authorisations),
      available: availabilityDays(worker.availability),
      certificates: worker.certificates.flatMap((c) => {
        const days = certificateDays(c);
        return [this.#certificates.idOf(c.kind), days.from, days.to];
      }),
      licenceUntil: drivingLicenceValidUntil(worker),
      skillIds: [...credits.keys()].map((uri) => this.skills.idOf(uri)),
      skillCredits: [...credits.values()],
      occupations,
      experience: occupations.flatMap((key, i) => [
        key.occupation,
        key.unitGroup ?? -1,
        key.minorGroup ?? -1,
        worker.occupations[i]?.yearsExperience as number,
      ]),
      languages: [...spoken].flat(),
      sectorMask: worker.preferences.sectors.reduce((mask, sector) => mask | sectorBit(sector), 0),
      minHourlyPayCents: worker.preferences.minHourlyPayCents,
      accommodationNeeded: worker.preferences.accommodationNeeded,
      location: worker.location,
      relocates: worker.willingToRelocate,
    };
  }

  offer(offer: MatchOffer): OfferDemand {
    const period = offerPeriod(offer);
    const skills = skillsDemand(offer, this.context.occupationSkillsOf?.(offer.occupationUri));
    const requiredSkills = skills.required.map((uri) => this.skills.idOf(uri));
    return {
      period,
      offerDays: daysIn(period),
      certificateKinds: [...new Set(offer.requiredCertificates)].map((kind) => this.#certificates.idOf(kind)),
      licenceRequired: offer.drivingLicenceRequired,
      requiredSkills,
      requiredOrder: requiredOrderOf(requiredSkills),
      occupationFactor: skills.occupationAvailable > 0 ? this.#factorTable(offer.occupationUri) : null,
      occupationAvailable: skills.occupationAvailable,
      occupation: this.occupationKey(offer.occupationUri),
      minYearsExperience: offer.minYearsExperience,
      languages: offer.requiredLanguages.flatMap(({ language, level }) => [this.#languages.idOf(language), levelRank(level)]),
      sectorBit: sectorBit(offer.sector),
      hourlyCents: hourlyEquivalentCents(offer),
      accommodationProvided: offer.accommodationProvided,
      location: offer.location,
    };
  }

  occupationKey(occupationUri: string): OccupationKey<number> {
    const key = occupationKey(occupationUri, this.context.iscoOf);
    return {
      occupation: this.occupations.idOf(key.occupation),
      unitGroup: key.unitGroup === null ? null : this.unitGroups.idOf(key.unitGroup),
      minorGroup: key.minorGroup === null ? null : this.minorGroups.idOf(key.minorGroup),
    };
  }

  /**
   * ESCO's skills of an occupation by skill number, as skillsDemand weighs them for an offer requiring nothing;
   * an offer's required skills are left out when scoring. Shared by every offer of the occupation.
   */
  #factorTable(occupationUri: string): Float64Array | null {
    const cached = this.#factorTables.get(occupationUri);
    if (cached !== undefined) return cached;
    const { occupationFactor } = skillsDemand({ requiredSkills: [] }, this.context.occupationSkillsOf?.(occupationUri));
    const ids = [...occupationFactor.keys()].map((uri) => this.skills.idOf(uri));
    const table = ids.length === 0 ? null : new Float64Array(Math.max(...ids) + 1);
    if (table) for (const [i, factor] of [...occupationFactor.values()].entries()) table[ids[i] as number] = factor;
    this.#factorTables.set(occupationUri, table);
    return table;
  }
}

function requiredOrderOf(requiredSkills: readonly number[]): Uint8Array {
  if (requiredSkills.length > 255) throw new RangeError(`an offer requires at most 255 skills, got ${requiredSkills.length}`);
  const order = new Uint8Array(requiredSkills.length === 0 ? 0 : Math.max(...requiredSkills) + 1);
  requiredSkills.forEach((skill, i) => {
    order[skill] = i + 1;
  });
  return order;
}

function sectorBit(sector: (typeof SECTORS)[number]): number {
  return 1 << SECTORS.indexOf(sector);
}
