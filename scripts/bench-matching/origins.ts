// Where the workers of each host country come from, the languages they speak, and whether they move freely
// (EU citizens) or need a permit. Shares are rough pictures of seasonal farm work, not statistics.
import type { Country, LanguageLevel, SpokenLanguage } from "../../src/core/reference/codes.js";

export interface Origin {
  /** ISO 3166-1 alpha-2 (Greece is GR here; EL is Eurostat's code for NUTS). */
  readonly nationality: string;
  readonly eu: boolean;
  /** Native languages (one is chosen when several, e.g. Punjabi or Hindi in India). */
  readonly native: readonly SpokenLanguage[];
  /** Other languages commonly spoken, with the share of people who speak them and the usual levels. */
  readonly second?: readonly (readonly [SpokenLanguage, number, readonly LanguageLevel[]])[];
  /** Share of women among this origin's farm workers. */
  readonly womenShare: number;
}

const ORIGINS: Record<string, Origin> = {
  GR: { nationality: "GR", eu: true, native: ["el"], second: [["en", 0.5, ["A2", "B1", "B2"]]], womenShare: 0.3 },
  CY: { nationality: "CY", eu: true, native: ["el"], second: [["en", 0.7, ["B1", "B2", "C1"]]], womenShare: 0.3 },
  ES: { nationality: "ES", eu: true, native: ["es"], second: [["en", 0.3, ["A2", "B1"]]], womenShare: 0.35 },
  IT: { nationality: "IT", eu: true, native: ["it"], second: [["en", 0.3, ["A2", "B1"]]], womenShare: 0.35 },
  BE: {
    nationality: "BE",
    eu: true,
    native: ["nl"],
    second: [
      ["fr", 0.5, ["A2", "B1", "B2"]],
      ["en", 0.5, ["B1", "B2"]],
    ],
    womenShare: 0.35,
  },
  PT: { nationality: "PT", eu: true, native: ["pt"], second: [["es", 0.4, ["A2", "B1"]]], womenShare: 0.3 },
  RO: {
    nationality: "RO",
    eu: true,
    native: ["ro"],
    second: [
      ["en", 0.25, ["A2", "B1"]],
      ["it", 0.15, ["A2", "B1"]],
    ],
    womenShare: 0.4,
  },
  BG: {
    nationality: "BG",
    eu: true,
    native: ["bg"],
    second: [
      ["tr", 0.2, ["B1", "native"]],
      ["ru", 0.2, ["A2", "B1"]],
    ],
    womenShare: 0.4,
  },
  MA: {
    nationality: "MA",
    eu: false,
    native: ["ar"],
    second: [
      ["fr", 0.5, ["A2", "B1", "B2"]],
      ["es", 0.15, ["A1", "A2"]],
    ],
    womenShare: 0.35,
  },
  TN: {
    nationality: "TN",
    eu: false,
    native: ["ar"],
    second: [
      ["fr", 0.6, ["A2", "B1", "B2"]],
      ["it", 0.1, ["A1", "A2"]],
    ],
    womenShare: 0.15,
  },
  EG: { nationality: "EG", eu: false, native: ["ar"], second: [["en", 0.3, ["A1", "A2"]]], womenShare: 0.05 },
  SY: { nationality: "SY", eu: false, native: ["ar"], second: [["en", 0.2, ["A2", "B1"]]], womenShare: 0.2 },
  AL: {
    nationality: "AL",
    eu: false,
    native: ["sq"],
    second: [
      ["it", 0.4, ["A2", "B1", "B2"]],
      ["el", 0.2, ["A2", "B1"]],
    ],
    womenShare: 0.3,
  },
  BD: { nationality: "BD", eu: false, native: ["bn"], second: [["en", 0.3, ["A1", "A2", "B1"]]], womenShare: 0.03 },
  PK: {
    nationality: "PK",
    eu: false,
    native: ["ur", "pa"],
    second: [
      ["en", 0.35, ["A2", "B1"]],
      ["ur", 0.5, ["B1", "B2"]],
    ],
    womenShare: 0.03,
  },
  IN: {
    nationality: "IN",
    eu: false,
    native: ["pa", "pa", "hi"],
    second: [
      ["hi", 0.5, ["B1", "B2"]],
      ["en", 0.4, ["A2", "B1"]],
    ],
    womenShare: 0.1,
  },
  NP: {
    nationality: "NP",
    eu: false,
    native: ["ne"],
    second: [
      ["hi", 0.4, ["A2", "B1"]],
      ["en", 0.4, ["A2", "B1"]],
    ],
    womenShare: 0.15,
  },
  UA: {
    nationality: "UA",
    eu: false,
    native: ["uk"],
    second: [
      ["ru", 0.8, ["B2", "C1", "native"]],
      ["en", 0.2, ["A2", "B1"]],
    ],
    womenShare: 0.55,
  },
  MD: { nationality: "MD", eu: false, native: ["ro"], second: [["ru", 0.7, ["B1", "B2", "native"]]], womenShare: 0.45 },
  GE: {
    nationality: "GE",
    eu: false,
    native: ["ka"],
    second: [
      ["ru", 0.6, ["A2", "B1", "B2"]],
      ["en", 0.2, ["A2"]],
    ],
    womenShare: 0.5,
  },
  SN: {
    nationality: "SN",
    eu: false,
    native: ["wo"],
    second: [
      ["fr", 0.7, ["A2", "B1", "B2"]],
      ["ff", 0.2, ["native"]],
    ],
    womenShare: 0.08,
  },
  ML: { nationality: "ML", eu: false, native: ["ff", "fr"], second: [["fr", 0.5, ["A2", "B1"]]], womenShare: 0.05 },
  GM: { nationality: "GM", eu: false, native: ["wo"], second: [["en", 0.6, ["A2", "B1"]]], womenShare: 0.05 },
  NG: { nationality: "NG", eu: false, native: ["en", "ha"], second: [["en", 0.6, ["B2", "C1"]]], womenShare: 0.3 },
  AF: {
    nationality: "AF",
    eu: false,
    native: ["ps", "fa"],
    second: [
      ["fa", 0.4, ["B1", "B2"]],
      ["en", 0.15, ["A1", "A2"]],
    ],
    womenShare: 0.05,
  },
  PH: { nationality: "PH", eu: false, native: ["tl"], second: [["en", 0.8, ["B1", "B2"]]], womenShare: 0.6 },
  CO: { nationality: "CO", eu: false, native: ["es"], womenShare: 0.45 },
  EC: { nationality: "EC", eu: false, native: ["es"], womenShare: 0.45 },
  TR: { nationality: "TR", eu: false, native: ["tr"], second: [["en", 0.2, ["A2", "B1"]]], womenShare: 0.15 },
};

/** Origins of the farm workers of each host country, as [nationality, weight]. */
export const ORIGINS_BY_COUNTRY: Record<Country, readonly (readonly [string, number])[]> = {
  EL: [
    ["GR", 18],
    ["AL", 16],
    ["BG", 10],
    ["RO", 8],
    ["PK", 10],
    ["BD", 9],
    ["EG", 6],
    ["GE", 5],
    ["IN", 6],
    ["UA", 3],
    ["SY", 2],
    ["AF", 2],
  ],
  ES: [
    ["ES", 24],
    ["MA", 24],
    ["RO", 12],
    ["SN", 6],
    ["ML", 4],
    ["CO", 4],
    ["EC", 4],
    ["UA", 4],
    ["BG", 3],
    ["PT", 3],
    ["PK", 2],
    ["GM", 2],
  ],
  IT: [
    ["IT", 20],
    ["RO", 16],
    ["IN", 10],
    ["MA", 8],
    ["AL", 8],
    ["SN", 5],
    ["TN", 5],
    ["NG", 4],
    ["BD", 4],
    ["PK", 4],
    ["UA", 3],
    ["ML", 3],
    ["GM", 3],
    ["BG", 3],
    ["MD", 2],
  ],
  BE: [
    ["BE", 30],
    ["RO", 18],
    ["BG", 8],
    ["MA", 8],
    ["UA", 6],
    ["PT", 4],
    ["TR", 4],
    ["MD", 3],
    ["GE", 3],
  ],
  CY: [
    ["CY", 20],
    ["GR", 5],
    ["RO", 8],
    ["BG", 6],
    ["NP", 10],
    ["IN", 8],
    ["PK", 6],
    ["BD", 6],
    ["EG", 6],
    ["SY", 6],
    ["PH", 5],
    ["GE", 4],
    ["UA", 4],
  ],
};

export function originOf(nationality: string): Origin {
  const origin = ORIGINS[nationality];
  if (!origin) throw new Error(`unknown origin ${nationality}`);
  return origin;
}

/** The nationality that is "local" in each host country, so residence and language are native. */
export const LOCAL_NATIONALITY: Record<Country, string> = { EL: "GR", ES: "ES", IT: "IT", BE: "BE", CY: "CY" };

/** The language an employer in the region speaks; Wallonia (BE3) speaks French, the rest of Belgium Dutch. */
export function hostLanguageOf(regionCode: string): SpokenLanguage {
  const country = regionCode.slice(0, 2);
  if (country === "EL" || country === "CY") return "el";
  if (country === "ES") return "es";
  if (country === "IT") return "it";
  return regionCode.startsWith("BE3") ? "fr" : "nl";
}
