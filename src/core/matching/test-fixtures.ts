// Builders for matching tests: a worker and an offer that match well, to be changed one fact at a time.
import type { MatchOffer, MatchWorker } from "./match-inputs.js";
import type { MatchResult } from "./match-result.js";

export const OLIVE_PICKER = "http://data.europa.eu/esco/occupation/olive-picker";
export const FRUIT_PICKER = "http://data.europa.eu/esco/occupation/fruit-picker";
export const CROP_WORKER = "http://data.europa.eu/esco/occupation/crop-worker";
export const FISHER = "http://data.europa.eu/esco/occupation/fisher";
export const PRUNE = "http://data.europa.eu/esco/skill/prune-trees";
export const HARVEST = "http://data.europa.eu/esco/skill/harvest-olives";
export const LADDER = "http://data.europa.eu/esco/skill/use-ladders";
export const TRACTOR = "http://data.europa.eu/esco/skill/drive-tractor";

/** ISCO-08 codes of the test occupations: olive and fruit pickers share 9211, crop workers share 921. */
export const ISCO: Record<string, string> = {
  [OLIVE_PICKER]: "9211",
  [FRUIT_PICKER]: "9211.1",
  [CROP_WORKER]: "9214",
  [FISHER]: "6222",
};
export const iscoOf = (uri: string): string | undefined => ISCO[uri];

/** Kalamata and places at known distances from it. */
export const KALAMATA = { lat: 37.0389, lon: 22.1142 };
export const SPARTA = { lat: 37.0745, lon: 22.4301 }; // about 28 km
export const ATHENS = { lat: 37.9838, lon: 23.7275 }; // about 180 km
export const THESSALONIKI = { lat: 40.6401, lon: 22.9444 }; // about 400 km

export function anOffer(overrides: Partial<MatchOffer> = {}): MatchOffer {
  return {
    id: "offer-olives",
    occupationUri: OLIVE_PICKER,
    startDate: "2025-11-01",
    endDate: "2026-01-31",
    sector: "A01",
    payAmountCents: 900,
    payUnit: "hour",
    hoursPerWeek: 40,
    piecesPerHour: null,
    accommodationProvided: false,
    transportProvided: false,
    requiredSkills: [],
    requiredLanguages: [],
    requiredCertificates: [],
    drivingLicenceRequired: false,
    minYearsExperience: 0,
    location: KALAMATA,
    ...overrides,
  };
}

export function aWorker(overrides: Partial<MatchWorker> = {}): MatchWorker {
  return {
    id: "worker-amina",
    languages: [],
    authorisations: [{ type: "work_permit", validFrom: "2025-01-01", validUntil: "2026-12-31", workAllowed: true }],
    occupations: [],
    skills: [],
    certificates: [],
    availability: [{ start: "2025-10-01", end: "2026-03-31" }],
    drivingLicence: false,
    ownTransport: false,
    willingToRelocate: false,
    location: KALAMATA,
    preferences: { sectors: [], minHourlyPayCents: null, accommodationNeeded: false },
    ...overrides,
  };
}

export function reasonCodes(result: MatchResult): string[] {
  return result.reasons.map((r) => r.code);
}

export function findReason(result: MatchResult, code: string) {
  return result.reasons.find((r) => r.code === code);
}

export function pointsFor(result: MatchResult, criterion: string): number | undefined {
  return result.reasons.find((r) => r.criterion === criterion && r.points !== undefined)?.points;
}
