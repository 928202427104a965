// Employment centres of the synthetic network: one in each farming region the crops name, and the regions
// nearby where the workers of a centre live (a centre serves more than its own region).
import { haversineKm } from "../../src/core/matching/distance.js";
import type { GeoPoint } from "../../src/core/matching/match-inputs.js";
import type { Country } from "../../src/core/reference/codes.js";
import { loadNutsRegions } from "../../src/data/nuts-regions.js";
import type { SeededRandom } from "../../src/db/seed/seeded-random.js";
import { CROPS } from "./crops.js";
import { seededUuid } from "./prng.js";

/** Workers of a centre may live this far from it (regions whose centroids are within it, in the same country). */
const CATCHMENT_KM = 150;

export interface SyntheticCentre {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly country: Country;
  readonly location: GeoPoint;
  /** The centre's share of the network's work: the sum of the crops' offer shares in its region. */
  readonly weight: number;
  /** NUTS 3 regions, the centre's own first, where its workers live. */
  readonly catchment: readonly string[];
}

export function centroidOf(regionCode: string): GeoPoint {
  const region = loadNutsRegions().get(regionCode);
  if (region?.lat === undefined || region.lon === undefined) throw new Error(`no centroid for NUTS region ${regionCode}`);
  return { lat: region.lat, lon: region.lon };
}

export function buildCentres(random: SeededRandom): SyntheticCentre[] {
  const weights = new Map<string, number>();
  for (const crop of CROPS) {
    const total = crop.regions.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [code, weight] of crop.regions) weights.set(code, (weights.get(code) ?? 0) + (crop.weight * weight) / total);
  }
  const regions = loadNutsRegions();
  const level3 = [...regions.values()].filter((region) => region.level === 3 && region.lat !== undefined);
  return [...weights].map(([regionCode, weight]) => {
    const region = regions.get(regionCode);
    if (!region) throw new Error(`unknown NUTS region ${regionCode}`);
    const location = centroidOf(regionCode);
    const nearby = level3
      .filter((other) => other.country === region.country && other.code !== regionCode)
      .filter((other) => haversineKm(location, { lat: other.lat ?? 0, lon: other.lon ?? 0 }) <= CATCHMENT_KM)
      .map((other) => other.code);
    return {
      id: seededUuid(random),
      name: `Centre ${region.nameLatin}`,
      regionCode,
      country: region.country as Country,
      location,
      weight,
      catchment: [regionCode, ...nearby],
    };
  });
}
