// One synthetic worker: where they live, where they come from, what they speak, may do, have done and hold.
// Gender, nationality and birth year are drawn too (for fairness reports) but stay outside MatchWorker.
import { isoDateOf } from "../../src/core/matching/iso-days.js";
import type { MatchCertificate, MatchLanguage, MatchOccupation, MatchSkill, MatchWorker } from "../../src/core/matching/match-inputs.js";
import type { CertificateKind, GENDERS, LanguageLevel, Sector } from "../../src/core/reference/codes.js";
import type { SeededRandom } from "../../src/db/seed/seeded-random.js";
import { centroidOf, type SyntheticCentre } from "./centres.js";
import {
  OCCUPATIONS,
  type OccupationKey,
  PROFILE_OCCUPATIONS,
  PROFILE_SECTOR,
  PROFILE_SHARES,
  skillPoolOf,
  type WorkProfile,
} from "./occupations.js";
import { hostLanguageOf, LOCAL_NATIONALITY, ORIGINS_BY_COUNTRY, type Origin, originOf } from "./origins.js";
import { TYPICAL_HOURLY_CENTS } from "./pay.js";
import { drawWorkStatus, type SeasonDays, type WorkStatus } from "./permits.js";
import { seededUuid, WeightedChoice, weighted, weightedSample } from "./prng.js";

export interface SyntheticWorker {
  readonly worker: MatchWorker;
  readonly centreId: string;
  readonly regionCode: string;
  readonly gender: (typeof GENDERS)[number];
  /** ISO 3166-1 alpha-2. */
  readonly nationality: string;
  readonly birthYear: number;
}

type Level = LanguageLevel | null;

/** The host language: newcomers speak little, settled migrants more; null means not at all. */
const HOST_LEVEL_NEWCOMER = weighted<Level>([
  [null, 40],
  ["A1", 30],
  ["A2", 20],
  ["B1", 10],
]);
const HOST_LEVEL_SETTLED = weighted<Level>([
  [null, 10],
  ["A1", 15],
  ["A2", 25],
  ["B1", 30],
  ["B2", 15],
  ["C1", 5],
]);
const SKILL_LEVELS = weighted<MatchSkill["level"]>([
  ["basic", 4],
  ["intermediate", 4],
  ["advanced", 2],
]);

/** Certificates by profile, with the share of workers holding each, and how many years each stays valid (null: for life). */
const PROFILE_CERTIFICATES: Record<WorkProfile, Partial<Record<CertificateKind, number>>> = {
  field: {
    tractor_licence: 0.08,
    pesticide_handling: 0.08,
    first_aid: 0.08,
    food_safety: 0.1,
    forklift_licence: 0.05,
    plant_licence: 0.02,
  },
  livestock: { first_aid: 0.12, tractor_licence: 0.08, food_safety: 0.05 },
  forestry: { chainsaw: 0.55, first_aid: 0.25, plant_licence: 0.15, tractor_licence: 0.1 },
  fishing: { boat_licence: 0.35, first_aid: 0.3, food_safety: 0.1 },
};
const VALID_YEARS: Record<CertificateKind, number | null> = {
  tractor_licence: 10,
  plant_licence: 5,
  forklift_licence: 5,
  chainsaw: 5,
  pesticide_handling: 5,
  first_aid: 3,
  food_safety: 4,
  boat_licence: null,
  driving_licence_b: 15,
  driving_licence_c: 5,
};

/** Draws shared by every worker, prepared once per network. */
export class WorkerDrawer {
  readonly #centres: WeightedChoice<SyntheticCentre>;
  readonly #profiles = weighted(PROFILE_SHARES);
  readonly #occupations = new Map<WorkProfile, WeightedChoice<OccupationKey>>();
  readonly #origins = new Map<string, WeightedChoice<string>>();

  constructor(
    centres: readonly SyntheticCentre[],
    private readonly season: SeasonDays,
    private readonly year: number,
  ) {
    this.#centres = new WeightedChoice(
      centres,
      centres.map((c) => c.weight),
    );
    for (const [profile, pairs] of Object.entries(PROFILE_OCCUPATIONS)) this.#occupations.set(profile as WorkProfile, weighted(pairs));
    for (const [country, pairs] of Object.entries(ORIGINS_BY_COUNTRY)) this.#origins.set(country, weighted(pairs));
  }

  draw(random: SeededRandom): SyntheticWorker {
    const centre = this.#centres.pick(random);
    const regionCode = random.chance(0.65) ? centre.regionCode : random.pick(centre.catchment);
    const nationality = (this.#origins.get(centre.country) as WeightedChoice<string>).pick(random);
    const origin = originOf(nationality);
    const local = nationality === LOCAL_NATIONALITY[centre.country];
    const status = drawWorkStatus(random, origin.eu, this.season);
    const profile = this.#profiles.pick(random);
    const occupations = this.#drawOccupations(random, profile);
    const drivingLicence = random.chance(local ? 0.55 : origin.eu ? 0.4 : 0.25);
    const worker: MatchWorker = {
      id: seededUuid(random),
      languages: languagesOf(random, origin, regionCode, status, local),
      authorisations: status.authorisations,
      occupations,
      skills: skillsOf(random, occupations),
      certificates: this.#certificates(random, profile, drivingLicence),
      availability: status.availability,
      drivingLicence,
      ownTransport: drivingLicence && random.chance(0.5),
      willingToRelocate: random.chance(status.newcomer ? 0.6 : 0.3),
      location: centroidOf(regionCode),
      preferences: {
        sectors: random.chance(0.35) ? preferredSectors(random, profile) : [],
        minHourlyPayCents: random.chance(0.4) ? roundTo(TYPICAL_HOURLY_CENTS[centre.country] * (0.85 + 0.35 * random.next()), 50) : null,
        accommodationNeeded: random.chance(status.newcomer ? 0.6 : 0.1),
      },
    };
    const women = origin.womenShare;
    const gender = random.chance(0.03)
      ? random.pick(["non_binary", "undisclosed", "undisclosed"] as const)
      : random.chance(women)
        ? "woman"
        : "man";
    return { worker, centreId: centre.id, regionCode, gender, nationality, birthYear: this.year - ageOf(random) };
  }

  #drawOccupations(random: SeededRandom, profile: WorkProfile): MatchOccupation[] {
    const count = random.chance(0.1) ? 0 : random.int(1, 3);
    const chosen = new Map<string, MatchOccupation>();
    for (let i = 0; i < count; i++) {
      // One in seven has also worked outside their usual kind of work.
      const from = i > 0 && random.chance(0.15) ? this.#profiles.pick(random) : profile;
      const uri = OCCUPATIONS[(this.#occupations.get(from) as WeightedChoice<OccupationKey>).pick(random)];
      if (chosen.has(uri)) continue;
      const yearsExperience = Math.floor(random.next() * random.next() * 25);
      chosen.set(uri, { occupationUri: uri, yearsExperience, informal: random.chance(0.3) });
    }
    return [...chosen.values()];
  }

  #certificates(random: SeededRandom, profile: WorkProfile, drivingLicence: boolean): MatchCertificate[] {
    const held: MatchCertificate[] = [];
    for (const [kind, share] of Object.entries(PROFILE_CERTIFICATES[profile]) as [CertificateKind, number][]) {
      if (random.chance(share)) held.push(this.#certificate(random, kind));
    }
    if (drivingLicence && random.chance(0.4))
      held.push(this.#certificate(random, random.chance(0.85) ? "driving_licence_b" : "driving_licence_c"));
    return held;
  }

  /** Issued in the last twelve years: some have expired before the season, a few expire during it. */
  #certificate(random: SeededRandom, kind: CertificateKind): MatchCertificate {
    const issued = random.int(this.season.from - 12 * 365, this.season.from - 30);
    const years = VALID_YEARS[kind];
    const expires = years === null || random.chance(0.2) ? null : issued + years * 365;
    return {
      kind,
      issuedOn: random.chance(0.9) ? isoDateOf(issued) : null,
      expiresOn: expires === null ? null : isoDateOf(expires),
      verified: random.chance(0.6),
    };
  }
}

function languagesOf(random: SeededRandom, origin: Origin, regionCode: string, status: WorkStatus, local: boolean): MatchLanguage[] {
  const spoken = new Map<string, MatchLanguage>();
  const add = (language: MatchLanguage) => {
    if (!spoken.has(language.language)) spoken.set(language.language, language);
  };
  const host = hostLanguageOf(regionCode);
  if (local) add({ language: host, level: "native" });
  add({ language: random.pick(origin.native), level: "native" });
  for (const [language, share, levels] of origin.second ?? []) {
    if (random.chance(share)) add({ language, level: random.pick(levels) });
  }
  const hostLevel = (status.newcomer ? HOST_LEVEL_NEWCOMER : HOST_LEVEL_SETTLED).pick(random);
  if (hostLevel) add({ language: host, level: hostLevel });
  return [...spoken.values()];
}

/** Skills from the worker's occupations, the common ones most often; three in ten checked by a caseworker. */
function skillsOf(random: SeededRandom, occupations: readonly MatchOccupation[]): MatchSkill[] {
  const skills = new Map<string, MatchSkill>();
  for (const occupation of occupations) {
    const pool = skillPoolOf(occupation.occupationUri);
    const count = Math.min(pool.uris.length, random.int(2, 4) + Math.floor(occupation.yearsExperience / 4));
    for (const skillUri of weightedSample(random, pool.uris, pool.weights, count)) {
      if (!skills.has(skillUri)) skills.set(skillUri, { skillUri, level: SKILL_LEVELS.pick(random), verified: random.chance(0.3) });
    }
  }
  return [...skills.values()];
}

function preferredSectors(random: SeededRandom, profile: WorkProfile): Sector[] {
  const own = PROFILE_SECTOR[profile];
  return random.chance(0.3) && own !== "packing" ? [own, "packing"] : [own];
}

/** Working age, most between 22 and 45. */
function ageOf(random: SeededRandom): number {
  return 18 + Math.floor(((random.next() + random.next() + random.next()) / 3) * 46);
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
