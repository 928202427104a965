// The primary-sector ESCO occupations the synthetic network uses, grouped into the kinds of work a worker's
// past tends to stay within, and the skills ESCO lists for them, ordered so some skills are common and others rare.

import type { Sector } from "../../src/core/reference/codes.js";
import { loadEscoCatalogue } from "../../src/data/esco-catalogue.js";

const ESCO = "http://data.europa.eu/esco/occupation/";

/** ESCO occupations by a short name (all in the shipped subset of src/data/esco). */
export const OCCUPATIONS = {
  picker: `${ESCO}373db468-bd25-4b67-a6e0-4ac79d9a9e85`,
  vineyardWorker: `${ESCO}e5e3ea36-4ed9-4c57-987c-9974385551a8`,
  cropWorker: `${ESCO}c9191f7f-28b5-4df8-991d-804c53009b83`,
  horticultureWorker: `${ESCO}1a9d99ba-4c08-4864-8f6a-1b0f2b4cf883`,
  gardenLabourer: `${ESCO}a10eb17a-3c78-4f7a-a1da-8f31146339d3`,
  fruitTeamLeader: `${ESCO}5aeaea2f-6585-4d3d-8f3e-1fdd9903aa32`,
  cropTeamLeader: `${ESCO}f5e80af5-eebe-4133-878a-5dc5ef34fe93`,
  machineryOperator: `${ESCO}1b8c75a9-407b-4554-a7d6-df391672c6b1`,
  livestockWorker: `${ESCO}65bd2342-f7de-4932-9164-eb480e35a791`,
  shepherd: `${ESCO}2a1190f0-14d5-4ce4-ade0-ef726a1887a0`,
  sheepBreeder: `${ESCO}b2678105-9d5c-403f-b822-274aff706309`,
  cattleBreeder: `${ESCO}b4ff30f8-073b-4dd8-9128-ecf9d0ff87ba`,
  pigBreeder: `${ESCO}ea3db1b3-7c03-4306-9e3d-7e20eb7f1826`,
  poultryBreeder: `${ESCO}d20fd82a-9d99-4335-ad83-87484e297a46`,
  mixedFarmer: `${ESCO}1c1e86f9-6347-42d6-aa6e-c95b138bf640`,
  forestWorker: `${ESCO}773cf1de-50a4-42e7-bab1-e68dcbae3f54`,
  forestryOperator: `${ESCO}699057b7-7aeb-4b5c-bb90-01d935ff32c1`,
  treeSurgeon: `${ESCO}fa30c1cb-dbc5-409c-8124-7284592b123c`,
  deepSeaFisheryWorker: `${ESCO}24413f38-e457-4de1-bba0-5a02b7282e2c`,
  fisheriesBoatman: `${ESCO}270528cf-2bf9-463d-aeaa-d169b1f767c1`,
  aquacultureHarvestingWorker: `${ESCO}fbf23c18-d9a3-4349-83dc-2bc39948bdf7`,
  aquacultureWorker: `${ESCO}aa0fd823-2f45-41c8-a3c6-97d97885e455`,
  aquacultureMooringWorker: `${ESCO}2e4b41dd-b63d-403d-a0ad-dd323cd3ddac`,
  shellfishCollector: `${ESCO}207d5c25-46fe-401c-b32f-551684e9a8ea`,
} as const;
export type OccupationKey = keyof typeof OCCUPATIONS;

/** A worker's past mostly stays within one of these; the weights say how often each occupation is held. */
export type WorkProfile = "field" | "livestock" | "forestry" | "fishing";

export const PROFILE_OCCUPATIONS: Record<WorkProfile, readonly (readonly [OccupationKey, number])[]> = {
  field: [
    ["picker", 10],
    ["cropWorker", 6],
    ["vineyardWorker", 4],
    ["horticultureWorker", 5],
    ["gardenLabourer", 1],
    ["machineryOperator", 1.2],
    ["fruitTeamLeader", 0.4],
    ["cropTeamLeader", 0.3],
  ],
  livestock: [
    ["livestockWorker", 6],
    ["shepherd", 3],
    ["sheepBreeder", 1],
    ["cattleBreeder", 1],
    ["pigBreeder", 1],
    ["poultryBreeder", 1.5],
    ["mixedFarmer", 1],
  ],
  forestry: [
    ["forestWorker", 6],
    ["forestryOperator", 2],
    ["treeSurgeon", 1],
  ],
  fishing: [
    ["deepSeaFisheryWorker", 3],
    ["fisheriesBoatman", 1.5],
    ["aquacultureHarvestingWorker", 3],
    ["aquacultureWorker", 3],
    ["aquacultureMooringWorker", 1],
    ["shellfishCollector", 1],
  ],
};

export const PROFILE_SECTOR: Record<WorkProfile, Sector> = { field: "A01", livestock: "A01", forestry: "A02", fishing: "A03" };

/** Share of workers by profile: most seasonal work in the five countries is in crops. */
export const PROFILE_SHARES: readonly (readonly [WorkProfile, number])[] = [
  ["field", 74],
  ["livestock", 12],
  ["forestry", 6],
  ["fishing", 8],
];

/**
 * The occupation's ESCO skills as one list, essential first, each with a weight falling with its place in a
 * fixed shuffle: a few skills ("harvest crops") are held and asked for often, most rarely, as in real records.
 */
export interface SkillPool {
  readonly uris: readonly string[];
  readonly weights: readonly number[];
}

const pools = new Map<string, SkillPool>();

export function skillPoolOf(occupationUri: string): SkillPool {
  let pool = pools.get(occupationUri);
  if (!pool) {
    pool = rankedSkills(occupationUri);
    pools.set(occupationUri, pool);
  }
  return pool;
}

function rankedSkills(occupationUri: string): SkillPool {
  const skills = loadEscoCatalogue().skillsByOccupation.get(occupationUri);
  if (!skills) throw new Error(`no ESCO skills for ${occupationUri}`);
  const ranked = [...[...skills.essential].sort(byHash), ...[...skills.optional].sort(byHash)];
  return { uris: ranked, weights: ranked.map((_, rank) => 1 / (rank + 1)) };
}

/** A fixed order that does not follow the file's order (which is alphabetical by URI): a cheap string hash. */
function byHash(a: string, b: string): number {
  return hash(a) - hash(b);
}

function hash(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h >>> 0;
}
