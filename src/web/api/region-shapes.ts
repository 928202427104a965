import { useQuery } from "@tanstack/react-query";
import type { FeatureCollection } from "geojson";
import { apiGet } from "./api-client.js";

/**
 * NUTS region outlines (GeoJSON, NUTS_ID in each feature's properties) of some countries, for maps. Outlines never
 * change while the app runs; without them a map still shows its points.
 */
export function useRegionShapes(countries: readonly string[], level = 2) {
  const sorted = [...new Set(countries)].sort();
  return useQuery({
    queryKey: ["reference", "region-shapes", sorted, level],
    queryFn: ({ signal }) => apiGet<FeatureCollection>("/api/reference/region-shapes", { query: { country: sorted, level }, signal }),
    enabled: sorted.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
