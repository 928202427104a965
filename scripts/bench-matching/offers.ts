// One synthetic job offer: a crop in one of its regions, in its season, for one of its occupations, with pay
// around the country's floor and requirements in the proportions employers ask for them.
import { dayNumber, isoDateOf } from "../../src/core/matching/iso-days.js";
import type { MatchOffer } from "../../src/core/matching/match-inputs.js";
import type { CertificateKind, Country, LanguageLevel, SpokenLanguage } from "../../src/core/reference/codes.js";
import type { SeededRandom } from "../../src/db/seed/seeded-random.js";
import { centroidOf, type SyntheticCentre } from "./centres.js";
import { CROPS, type Crop, OCCUPATION_CERTIFICATES, OCCUPATION_LICENCE_SHARE } from "./crops.js";
import { OCCUPATIONS, type OccupationKey, skillPoolOf } from "./occupations.js";
import { hostLanguageOf } from "./origins.js";
import { PAY_SCALES, type PayScale, TYPICAL_HOURLY_CENTS } from "./pay.js";
import { seededUuid, WeightedChoice, weighted, weightedSample } from "./prng.js";

export interface SyntheticOffer {
  readonly offer: MatchOffer;
  readonly centreId: string;
  readonly regionCode: string;
  /** Positions to fill (1–20, mostly few). */
  readonly positions: number;
  /** The crop or kind of work, for reading a plan ("olives", "forestry"…). */
  readonly crop: string;
  /** What one piece is, when the offer pays by the piece. */
  readonly pieceUnit: string | null;
}

/** Most offers are for a few people, some for a whole crew: weight 1/n^0.9 for n = 1..20. */
const POSITIONS = weighted(Array.from({ length: 20 }, (_, i) => [i + 1, 1 / (i + 1) ** 0.9] as const));
const REQUIRED_HOST_LEVEL = weighted<LanguageLevel>([
  ["A1", 35],
  ["A2", 40],
  ["B1", 25],
]);
const MIN_YEARS = weighted([
  [0, 55],
  [1, 20],
  [2, 13],
  [3, 7],
  [5, 5],
]);

interface CropRegion {
  readonly crop: Crop;
  readonly regionCode: string;
}

export class OfferDrawer {
  readonly #places: WeightedChoice<CropRegion>;
  readonly #occupations = new Map<Crop, WeightedChoice<OccupationKey>>();
  readonly #centreOf = new Map<string, SyntheticCentre>();

  constructor(
    centres: readonly SyntheticCentre[],
    private readonly year: number,
  ) {
    const places: CropRegion[] = [];
    const weights: number[] = [];
    for (const crop of CROPS) {
      const total = crop.regions.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [regionCode, weight] of crop.regions) {
        places.push({ crop, regionCode });
        weights.push((crop.weight * weight) / total);
      }
      this.#occupations.set(crop, weighted(crop.occupations));
    }
    this.#places = new WeightedChoice(places, weights);
    for (const centre of centres) this.#centreOf.set(centre.regionCode, centre);
  }

  draw(random: SeededRandom): SyntheticOffer {
    const { crop, regionCode } = this.#places.pick(random);
    const centre = this.#centreOf.get(regionCode);
    if (!centre) throw new Error(`no centre in ${regionCode}`);
    const key = (this.#occupations.get(crop) as WeightedChoice<OccupationKey>).pick(random);
    const occupationUri = OCCUPATIONS[key];
    const { startDate, endDate } = this.#dates(random, crop);
    const pay = payOf(random, centre.country, crop);
    const requiredCertificates = certificatesOf(random, { ...crop.certificates, ...OCCUPATION_CERTIFICATES[key] });
    const site = centroidOf(regionCode);
    const offer: MatchOffer = {
      id: seededUuid(random),
      occupationUri,
      startDate,
      endDate,
      payAmountCents: pay.amountCents,
      payUnit: pay.unit,
      hoursPerWeek: pay.hoursPerWeek,
      piecesPerHour: pay.piecesPerHour,
      accommodationProvided: random.chance(crop.accommodationShare),
      transportProvided: random.chance(0.35),
      requiredSkills: random.chance(0.35) ? [] : requiredSkillsOf(random, occupationUri),
      requiredLanguages: languagesOf(random, regionCode, centre.country),
      requiredCertificates,
      drivingLicenceRequired: random.chance(OCCUPATION_LICENCE_SHARE[key] ?? 0.05),
      minYearsExperience: MIN_YEARS.pick(random),
      sector: crop.sector,
      // The site lies somewhere in the region, up to about 15 km from its centroid.
      location: { lat: site.lat + (random.next() - 0.5) * 0.25, lon: site.lon + (random.next() - 0.5) * 0.3 },
    };
    return { offer, centreId: centre.id, regionCode, positions: POSITIONS.pick(random), crop: crop.name, pieceUnit: pay.pieceUnit };
  }

  /**
   * Inside the crop's season in the planned year: at least two weeks, often most of it; year-round work as
   * contracts of 2–12 months. A season across the new year (olives Oct–Jan) has two parts in the year, its end
   * in January and its start in autumn; an offer falls in one of them, by their lengths.
   */
  #dates(random: SeededRandom, crop: Crop): { startDate: string; endDate: string } {
    const firstDay = dayNumber(`${this.year}-01-01`);
    const lastDay = dayNumber(`${this.year}-12-31`);
    const from = dayNumber(`${this.year}-${crop.from}`);
    const to = dayNumber(`${this.year}-${crop.to}`);
    const parts =
      crop.yearRound || from <= to
        ? [{ from, to }]
        : [
            { from: firstDay, to },
            { from, to: lastDay },
          ];
    const part = weightedSample(
      random,
      parts,
      parts.map((p) => p.to - p.from + 1),
      1,
    )[0] as { from: number; to: number };
    const length = part.to - part.from + 1;
    const days = crop.yearRound ? random.int(60, 365) : random.int(Math.min(14, length), length);
    const start = random.int(part.from, part.from + length - days);
    return { startDate: isoDateOf(start), endDate: isoDateOf(start + days - 1) };
  }
}

interface Pay {
  readonly unit: MatchOffer["payUnit"];
  readonly amountCents: number;
  readonly hoursPerWeek: number;
  readonly piecesPerHour: number | null;
  readonly pieceUnit: string | null;
}

/** The country's usual pay unit and range; one harvest offer in six pays by the piece, set to earn about as much. */
function payOf(random: SeededRandom, country: Country, crop: Crop): Pay {
  const scale: PayScale = random.pick(PAY_SCALES[country]);
  const hoursPerWeek = random.int(scale.hoursPerWeek[0], scale.hoursPerWeek[1]);
  if (crop.pieceRate && random.chance(1 / 6)) {
    const piecesPerHour = random.int(crop.pieceRate.piecesPerHour[0], crop.pieceRate.piecesPerHour[1]);
    const hourly = TYPICAL_HOURLY_CENTS[country] * (0.85 + 0.45 * random.next());
    return {
      unit: "piece",
      amountCents: Math.max(1, Math.round(hourly / piecesPerHour)),
      hoursPerWeek,
      piecesPerHour,
      pieceUnit: crop.pieceRate.unit,
    };
  }
  const amount = random.int(scale.cents[0], scale.cents[1]);
  return {
    unit: scale.unit,
    amountCents: roundUp(amount, scale.unit === "month" ? 1000 : 10),
    hoursPerWeek,
    piecesPerHour: null,
    pieceUnit: null,
  };
}

function requiredSkillsOf(random: SeededRandom, occupationUri: string): string[] {
  const pool = skillPoolOf(occupationUri);
  return weightedSample(random, pool.uris, pool.weights, random.int(1, 4));
}

/** Almost half ask for some of the host language; a few for English (more in Cyprus). */
function languagesOf(random: SeededRandom, regionCode: string, country: Country): { language: SpokenLanguage; level: LanguageLevel }[] {
  const required: { language: SpokenLanguage; level: LanguageLevel }[] = [];
  if (random.chance(0.45)) required.push({ language: hostLanguageOf(regionCode), level: REQUIRED_HOST_LEVEL.pick(random) });
  if (random.chance(country === "CY" ? 0.3 : 0.05)) required.push({ language: "en", level: random.pick(["A2", "B1"] as const) });
  return required;
}

function certificatesOf(random: SeededRandom, shares: Partial<Record<CertificateKind, number>>): CertificateKind[] {
  const required = (Object.entries(shares) as [CertificateKind, number][])
    .filter(([, share]) => random.chance(share))
    .map(([kind]) => kind);
  if (random.chance(0.03) && !required.includes("first_aid")) required.push("first_aid");
  return required;
}

/** Never below the drawn floor: amounts are rounded up to a readable step. */
function roundUp(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}
