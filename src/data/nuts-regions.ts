import { haversineKm } from "../core/matching/distance.js";
import { type CsvRow, readCsv, requiredCell } from "./read-csv.js";

export type NutsLevel = 0 | 1 | 2 | 3;

export interface NutsRegion {
  code: string;
  level: NutsLevel;
  nameLatin: string;
  nameNative: string;
  /** Eurostat country code (EL for Greece), the first two letters of every NUTS code. */
  country: string;
  /**
   * Area-weighted centroid of the region's boundary (nuts_centroids.csv). For NUTS 0 and 1, which have no
   * boundary of their own in the shipped files, the mean of their children's centroids.
   */
  lat?: number;
  lon?: number;
}

const files = {
  regions: new URL("./nuts/nuts_regions.csv", import.meta.url),
  centroids: new URL("./nuts/nuts_centroids.csv", import.meta.url),
};

// Reference data never changes while the process runs: read the files once and share the result.
let cached: ReadonlyMap<string, NutsRegion> | undefined;

/** Every NUTS 2024 region (levels 0–3) of EL, CY, ES, IT and BE, by code, in the order of the source file. */
export function loadNutsRegions(): ReadonlyMap<string, NutsRegion> {
  cached ??= readRegions();
  return cached;
}

export function regionsOf(country: string, level: NutsLevel): NutsRegion[] {
  return [...loadNutsRegions().values()].filter((region) => region.country === country && region.level === level);
}

export function isValidRegionCode(code: string): boolean {
  return loadNutsRegions().has(code);
}

/**
 * Great-circle distance between two regions' centroids, in km; undefined when a code is unknown.
 * "About how far" is what counts: two regions far apart in a straight line can still be a ferry apart.
 */
export function distanceKm(codeA: string, codeB: string): number | undefined {
  const regions = loadNutsRegions();
  const a = regions.get(codeA);
  const b = regions.get(codeB);
  if (a?.lat === undefined || a.lon === undefined || b?.lat === undefined || b.lon === undefined) return undefined;
  return haversineKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
}

function readRegions(): Map<string, NutsRegion> {
  const regions = new Map<string, NutsRegion>();
  for (const row of readCsv(files.regions)) {
    const region = toRegion(row);
    regions.set(region.code, region);
  }
  for (const row of readCsv(files.centroids)) {
    const region = regions.get(requiredCell(row, "code", files.centroids));
    if (!region) throw new Error(`${files.centroids.pathname}: centroid for unknown region ${row.code}`);
    region.lat = Number(requiredCell(row, "lat", files.centroids));
    region.lon = Number(requiredCell(row, "lon", files.centroids));
  }
  // Level 1 before level 0, so that a country averages the centroids its level-1 regions just received.
  for (const level of [1, 0] as const) {
    for (const region of regions.values()) if (region.level === level) setMeanOfChildren(region, regions);
  }
  // The map is shared by every caller through the cache; a caller must not be able to move a region.
  for (const region of regions.values()) Object.freeze(region);
  return regions;
}

function toRegion(row: CsvRow): NutsRegion {
  const file = files.regions;
  const level = Number(requiredCell(row, "level", file));
  if (level !== 0 && level !== 1 && level !== 2 && level !== 3) throw new Error(`${file.pathname}: bad level ${level}`);
  return {
    code: requiredCell(row, "code", file),
    level,
    nameLatin: requiredCell(row, "name_latin", file),
    nameNative: requiredCell(row, "name_native", file),
    country: requiredCell(row, "country", file),
  };
}

function setMeanOfChildren(parent: NutsRegion, regions: ReadonlyMap<string, NutsRegion>): void {
  const children = [...regions.values()].filter(
    (region) => region.level === parent.level + 1 && region.code.startsWith(parent.code) && region.lat !== undefined,
  );
  if (children.length === 0) return;
  parent.lat = children.reduce((sum, child) => sum + (child.lat ?? 0), 0) / children.length;
  parent.lon = children.reduce((sum, child) => sum + (child.lon ?? 0), 0) / children.length;
}
