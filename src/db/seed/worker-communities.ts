import type { LanguageLevel, SpokenLanguage, UiLanguage } from "../../core/reference/codes.js";
import type { DemoCentreKey } from "./demo-centres.js";
import type { DemoOccupationKey } from "./demo-occupations.js";
import type { Nationality } from "./names-by-origin.js";

/** How a worker's right to work is made up; turned into dates by demo-authorisations.ts. */
export type AuthorisationPlan =
  | "eu"
  | "longTerm"
  | "workPermit"
  | "expiringSoon"
  | "expiredWorkPermit"
  | "seasonalCurrent"
  | "seasonalNext"
  | "seasonalExpired"
  | "asylum"
  | "refugee"
  | "subsidiary"
  | "temporaryProtection";

type Weighted<T> = readonly (readonly [T, number])[];

export interface LanguageChance {
  readonly language: SpokenLanguage;
  readonly levels: readonly LanguageLevel[];
  readonly chance: number;
}

/** The workers of one origin registered at one centre. */
export interface Community {
  readonly nationality: Nationality;
  readonly count: number;
  readonly womenShare: number;
  readonly birthYears: readonly [number, number];
  readonly preferredLanguages: Weighted<UiLanguage>;
  readonly nativeLanguages: readonly SpokenLanguage[];
  readonly otherLanguages: readonly LanguageChance[];
  readonly authorisations: Weighted<AuthorisationPlan>;
  readonly occupations: Weighted<DemoOccupationKey>;
  /** Experience on the family farm at home, unpaid or undeclared. */
  readonly informalChance: number;
  readonly accommodationNeededShare: number;
  readonly travellingWithFamilyShare: number;
}

const LOW: readonly LanguageLevel[] = ["A1", "A1", "A2"];
const SOME: readonly LanguageLevel[] = ["A1", "A2", "A2", "B1"];
const GOOD: readonly LanguageLevel[] = ["B1", "B2", "B2", "C1"];

/**
 * Peloponnese: Bangladeshi men in the Manolada strawberries, Pakistani and Egyptian workers (Egyptians also on
 * the fishing boats), Albanians settled for decades, Bulgarian and Romanian EU citizens, Georgians, Punjabi Sikhs
 * on livestock farms, Ukrainians under temporary protection, Syrian and Afghan refugees.
 */
const PELOPONNESE: readonly Community[] = [
  {
    nationality: "BD",
    count: 40,
    womenShare: 0.05,
    birthYears: [1980, 2004],
    preferredLanguages: [["bn", 1]],
    nativeLanguages: ["bn"],
    otherLanguages: [
      { language: "el", levels: LOW, chance: 0.8 },
      { language: "en", levels: SOME, chance: 0.4 },
    ],
    authorisations: [
      ["workPermit", 45],
      ["seasonalCurrent", 12],
      ["seasonalExpired", 8],
      ["expiringSoon", 12],
      ["asylum", 10],
      ["seasonalNext", 13],
    ],
    occupations: [
      ["picker", 5],
      ["horticultureWorker", 3],
      ["cropWorker", 2],
      ["fruitTeamLeader", 0.6],
    ],
    informalChance: 0.4,
    accommodationNeededShare: 0.75,
    travellingWithFamilyShare: 0.03,
  },
  {
    nationality: "PK",
    count: 20,
    womenShare: 0.02,
    birthYears: [1975, 2003],
    preferredLanguages: [
      ["ur", 7],
      ["pa", 3],
    ],
    nativeLanguages: ["ur", "pa"],
    otherLanguages: [
      { language: "el", levels: SOME, chance: 0.9 },
      { language: "en", levels: SOME, chance: 0.5 },
    ],
    authorisations: [
      ["workPermit", 40],
      ["longTerm", 15],
      ["asylum", 20],
      ["expiringSoon", 10],
      ["expiredWorkPermit", 15],
    ],
    occupations: [
      ["picker", 3],
      ["cropWorker", 3],
      ["horticultureWorker", 2],
      ["machineryOperator", 1],
    ],
    informalChance: 0.35,
    accommodationNeededShare: 0.6,
    travellingWithFamilyShare: 0.05,
  },
  {
    nationality: "EG",
    count: 17,
    womenShare: 0,
    birthYears: [1975, 2004],
    preferredLanguages: [["ar", 1]],
    nativeLanguages: ["ar"],
    otherLanguages: [
      { language: "el", levels: SOME, chance: 0.7 },
      { language: "en", levels: LOW, chance: 0.3 },
    ],
    authorisations: [
      ["seasonalCurrent", 25],
      ["workPermit", 55],
      ["expiringSoon", 10],
      ["seasonalExpired", 10],
    ],
    occupations: [
      ["deepSeaFisheryWorker", 3],
      ["fisheriesBoatman", 1],
      ["aquacultureHusbandryWorker", 2],
      ["aquacultureHarvestingWorker", 1],
      ["picker", 2],
      ["cropWorker", 2],
    ],
    informalChance: 0.35,
    accommodationNeededShare: 0.7,
    travellingWithFamilyShare: 0.02,
  },
  {
    nationality: "AL",
    count: 16,
    womenShare: 0.35,
    birthYears: [1965, 1998],
    preferredLanguages: [
      ["sq", 6],
      ["el", 4],
    ],
    nativeLanguages: ["sq"],
    otherLanguages: [
      { language: "el", levels: GOOD, chance: 0.95 },
      { language: "it", levels: SOME, chance: 0.3 },
      { language: "en", levels: LOW, chance: 0.3 },
    ],
    authorisations: [
      ["longTerm", 55],
      ["workPermit", 30],
      ["seasonalCurrent", 15],
    ],
    occupations: [
      ["cropWorker", 3],
      ["machineryOperator", 2],
      ["shepherd", 2],
      ["livestockWorker", 2],
      ["fruitTeamLeader", 1],
      ["forestWorker", 1],
    ],
    informalChance: 0.3,
    accommodationNeededShare: 0.15,
    travellingWithFamilyShare: 0.4,
  },
  {
    nationality: "BG",
    count: 14,
    womenShare: 0.5,
    birthYears: [1966, 2002],
    preferredLanguages: [["bg", 1]],
    nativeLanguages: ["bg"],
    otherLanguages: [
      { language: "el", levels: SOME, chance: 0.8 },
      { language: "en", levels: LOW, chance: 0.2 },
    ],
    authorisations: [["eu", 1]],
    occupations: [
      ["picker", 3],
      ["cropWorker", 2],
      ["horticultureWorker", 2],
      ["vineyardWorker", 1],
    ],
    informalChance: 0.2,
    accommodationNeededShare: 0.5,
    travellingWithFamilyShare: 0.3,
  },
  {
    nationality: "RO",
    count: 12,
    womenShare: 0.45,
    birthYears: [1966, 2003],
    preferredLanguages: [["ro", 1]],
    nativeLanguages: ["ro"],
    otherLanguages: [
      { language: "el", levels: LOW, chance: 0.7 },
      { language: "en", levels: SOME, chance: 0.3 },
      { language: "it", levels: SOME, chance: 0.2 },
    ],
    authorisations: [["eu", 1]],
    occupations: [
      ["picker", 2],
      ["cropWorker", 2],
      ["forestWorker", 1],
      ["forestryEquipmentOperator", 1],
      ["horticultureWorker", 1],
    ],
    informalChance: 0.2,
    accommodationNeededShare: 0.6,
    travellingWithFamilyShare: 0.3,
  },
  {
    nationality: "GE",
    count: 8,
    womenShare: 0.45,
    birthYears: [1968, 1998],
    preferredLanguages: [
      ["el", 1],
      ["en", 1],
    ],
    nativeLanguages: ["ka"],
    otherLanguages: [
      { language: "ru", levels: GOOD, chance: 0.7 },
      { language: "el", levels: SOME, chance: 0.9 },
    ],
    authorisations: [
      ["workPermit", 50],
      ["longTerm", 30],
      ["expiringSoon", 20],
    ],
    occupations: [
      ["cropWorker", 2],
      ["picker", 2],
      ["livestockWorker", 1],
      ["vineyardWorker", 1],
    ],
    informalChance: 0.25,
    accommodationNeededShare: 0.4,
    travellingWithFamilyShare: 0.2,
  },
  {
    nationality: "IN",
    count: 10,
    womenShare: 0.1,
    birthYears: [1972, 2000],
    preferredLanguages: [["pa", 1]],
    nativeLanguages: ["pa"],
    otherLanguages: [
      { language: "hi", levels: GOOD, chance: 0.7 },
      { language: "en", levels: SOME, chance: 0.6 },
      { language: "el", levels: LOW, chance: 0.8 },
    ],
    authorisations: [
      ["workPermit", 60],
      ["longTerm", 30],
      ["expiringSoon", 10],
    ],
    occupations: [
      ["livestockWorker", 3],
      ["shepherd", 2],
      ["cropWorker", 2],
      ["horticultureWorker", 1],
    ],
    informalChance: 0.4,
    accommodationNeededShare: 0.5,
    travellingWithFamilyShare: 0.1,
  },
  {
    nationality: "UA",
    count: 8,
    womenShare: 0.7,
    birthYears: [1968, 2000],
    preferredLanguages: [["uk", 1]],
    nativeLanguages: ["uk"],
    otherLanguages: [
      { language: "ru", levels: GOOD, chance: 0.8 },
      { language: "en", levels: SOME, chance: 0.5 },
      { language: "el", levels: LOW, chance: 0.6 },
    ],
    authorisations: [["temporaryProtection", 1]],
    occupations: [
      ["picker", 2],
      ["horticultureWorker", 2],
      ["cropWorker", 1],
    ],
    informalChance: 0.2,
    accommodationNeededShare: 0.5,
    travellingWithFamilyShare: 0.4,
  },
  {
    nationality: "SY",
    count: 8,
    womenShare: 0.3,
    birthYears: [1975, 2004],
    preferredLanguages: [["ar", 1]],
    nativeLanguages: ["ar"],
    otherLanguages: [
      { language: "en", levels: SOME, chance: 0.4 },
      { language: "el", levels: LOW, chance: 0.8 },
      { language: "tr", levels: LOW, chance: 0.3 },
    ],
    authorisations: [
      ["refugee", 70],
      ["asylum", 30],
    ],
    occupations: [
      ["picker", 2],
      ["cropWorker", 2],
      ["horticultureWorker", 1],
      ["livestockWorker", 1],
    ],
    informalChance: 0.4,
    accommodationNeededShare: 0.5,
    travellingWithFamilyShare: 0.5,
  },
  {
    nationality: "AF",
    count: 6,
    womenShare: 0.15,
    birthYears: [1985, 2006],
    preferredLanguages: [["en", 1]],
    nativeLanguages: ["fa"],
    otherLanguages: [
      { language: "ps", levels: GOOD, chance: 0.3 },
      { language: "en", levels: LOW, chance: 0.4 },
      { language: "el", levels: LOW, chance: 0.8 },
    ],
    authorisations: [
      ["refugee", 30],
      ["subsidiary", 20],
      ["asylum", 50],
    ],
    occupations: [
      ["picker", 2],
      ["shepherd", 2],
      ["cropWorker", 1],
      ["livestockWorker", 1],
    ],
    informalChance: 0.5,
    accommodationNeededShare: 0.6,
    travellingWithFamilyShare: 0.5,
  },
];

/**
 * Huelva: Moroccan women hired at origin for the berry campaign (GECCO), Romanian EU citizens, Senegalese and
 * Malian workers (settled or asylum seekers), Ukrainians under temporary protection, Colombian asylum seekers.
 */
const HUELVA: readonly Community[] = [
  {
    nationality: "MA",
    count: 18,
    womenShare: 0.85,
    birthYears: [1976, 2001],
    preferredLanguages: [
      ["ar", 8],
      ["fr", 2],
    ],
    nativeLanguages: ["ar"],
    otherLanguages: [
      { language: "es", levels: SOME, chance: 0.9 },
      { language: "fr", levels: SOME, chance: 0.4 },
    ],
    authorisations: [
      ["seasonalNext", 55],
      ["seasonalExpired", 15],
      ["workPermit", 20],
      ["longTerm", 10],
    ],
    occupations: [
      ["picker", 5],
      ["horticultureWorker", 2],
      ["fruitTeamLeader", 0.5],
    ],
    informalChance: 0.4,
    accommodationNeededShare: 0.85,
    travellingWithFamilyShare: 0.05,
  },
  {
    nationality: "RO",
    count: 8,
    womenShare: 0.6,
    birthYears: [1968, 2002],
    preferredLanguages: [["ro", 1]],
    nativeLanguages: ["ro"],
    otherLanguages: [
      { language: "es", levels: ["A2", "B1", "B2"], chance: 0.95 },
      { language: "en", levels: LOW, chance: 0.2 },
    ],
    authorisations: [["eu", 1]],
    occupations: [
      ["picker", 3],
      ["horticultureWorker", 1],
      ["fruitTeamLeader", 1],
    ],
    informalChance: 0.2,
    accommodationNeededShare: 0.5,
    travellingWithFamilyShare: 0.3,
  },
  {
    nationality: "SN",
    count: 5,
    womenShare: 0.2,
    birthYears: [1985, 2004],
    preferredLanguages: [["fr", 1]],
    nativeLanguages: ["wo"],
    otherLanguages: [
      { language: "fr", levels: GOOD, chance: 0.9 },
      { language: "es", levels: SOME, chance: 0.9 },
    ],
    authorisations: [
      ["workPermit", 60],
      ["asylum", 20],
      ["expiringSoon", 20],
    ],
    occupations: [
      ["picker", 2],
      ["cropWorker", 1],
      ["machineryOperator", 1],
    ],
    informalChance: 0.4,
    accommodationNeededShare: 0.6,
    travellingWithFamilyShare: 0.05,
  },
  {
    nationality: "ML",
    count: 4,
    womenShare: 0,
    birthYears: [1990, 2006],
    preferredLanguages: [["fr", 1]],
    nativeLanguages: ["ff"],
    otherLanguages: [
      { language: "fr", levels: SOME, chance: 0.8 },
      { language: "es", levels: SOME, chance: 0.8 },
    ],
    authorisations: [
      ["asylum", 50],
      ["workPermit", 50],
    ],
    occupations: [
      ["picker", 2],
      ["cropWorker", 1],
    ],
    informalChance: 0.5,
    accommodationNeededShare: 0.8,
    travellingWithFamilyShare: 0,
  },
  {
    nationality: "UA",
    count: 2,
    womenShare: 0.8,
    birthYears: [1970, 1998],
    preferredLanguages: [["uk", 1]],
    nativeLanguages: ["uk"],
    otherLanguages: [
      { language: "ru", levels: GOOD, chance: 0.8 },
      { language: "es", levels: LOW, chance: 0.8 },
    ],
    authorisations: [["temporaryProtection", 1]],
    occupations: [
      ["picker", 2],
      ["horticultureWorker", 1],
    ],
    informalChance: 0.2,
    accommodationNeededShare: 0.5,
    travellingWithFamilyShare: 0.5,
  },
  {
    nationality: "CO",
    count: 3,
    womenShare: 0.6,
    birthYears: [1975, 2000],
    preferredLanguages: [["es", 1]],
    nativeLanguages: ["es"],
    otherLanguages: [{ language: "en", levels: LOW, chance: 0.2 }],
    authorisations: [
      ["asylum", 50],
      ["workPermit", 50],
    ],
    occupations: [
      ["picker", 2],
      ["horticultureWorker", 1],
      ["fruitTeamLeader", 1],
    ],
    informalChance: 0.3,
    accommodationNeededShare: 0.5,
    travellingWithFamilyShare: 0.4,
  },
];

export const COMMUNITIES_BY_CENTRE: Record<DemoCentreKey, readonly Community[]> = {
  peloponnese: PELOPONNESE,
  huelva: HUELVA,
};

/** Where workers of each occupation live, by NUTS 3 region; one region for the Huelva centre. */
export const HOME_REGIONS: Record<DemoCentreKey, Partial<Record<DemoOccupationKey, Weighted<string>>> & { default: Weighted<string> }> = {
  peloponnese: {
    default: [
      ["EL633", 5],
      ["EL653", 2.5],
      ["EL651", 2],
      ["EL652", 0.5],
    ],
    cropWorker: [
      ["EL653", 4],
      ["EL633", 3],
      ["EL651", 3],
    ],
    horticultureWorker: [
      ["EL633", 7],
      ["EL653", 3],
    ],
    fruitTeamLeader: [
      ["EL633", 7],
      ["EL651", 3],
    ],
    machineryOperator: [
      ["EL633", 1],
      ["EL653", 1],
    ],
    vineyardWorker: [
      ["EL652", 4],
      ["EL651", 1],
    ],
    livestockWorker: [
      ["EL653", 1],
      ["EL633", 1],
    ],
    shepherd: [
      ["EL633", 1],
      ["EL651", 1],
    ],
    forestWorker: [["EL651", 1]],
    forestryEquipmentOperator: [["EL651", 1]],
    aquacultureHusbandryWorker: [["EL652", 1]],
    aquacultureHarvestingWorker: [["EL652", 1]],
    deepSeaFisheryWorker: [["EL653", 1]],
    fisheriesBoatman: [["EL653", 1]],
  },
  huelva: { default: [["ES615", 1]] },
};
