import { readFileSync } from "node:fs";
import { type LatLon, multiPolygonCentroid, type PolygonRings } from "./polygon-centroid.js";

interface NutsFeature {
  properties: { NUTS_ID: string };
  geometry: { type: "Polygon"; coordinates: PolygonRings } | { type: "MultiPolygon"; coordinates: PolygonRings[] };
}

const boundaryFiles = ["./nuts/nuts2.geojson", "./nuts/nuts3.geojson"].map((path) => new URL(path, import.meta.url));
export const NUTS_CENTROIDS_FILE = new URL("./nuts/nuts_centroids.csv", import.meta.url);

/**
 * The content of nuts/nuts_centroids.csv (code,lat,lon), computed from the shipped NUTS 2 and 3 boundaries.
 * Kept apart from the script that writes it so a test can check the shipped file is still in step.
 */
export function nutsCentroidsCsv(): string {
  const rows: string[] = [];
  for (const file of boundaryFiles) {
    const collection = JSON.parse(readFileSync(file, "utf8")) as { features: NutsFeature[] };
    for (const feature of collection.features) {
      const { lat, lon } = centroidOf(feature);
      // Four decimals is about 10 m: already finer than the 1:20 million boundaries the centroid comes from.
      rows.push(`${feature.properties.NUTS_ID},${lat.toFixed(4)},${lon.toFixed(4)}`);
    }
  }
  rows.sort();
  return `code,lat,lon\n${rows.join("\n")}\n`;
}

function centroidOf(feature: NutsFeature): LatLon {
  const { geometry } = feature;
  return multiPolygonCentroid(geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates);
}
