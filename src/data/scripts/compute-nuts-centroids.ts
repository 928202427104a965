// Writes src/data/nuts/nuts_centroids.csv (code,lat,lon) from the shipped NUTS 2 and NUTS 3 GeoJSON files.
// Run from the repository root after changing the boundaries: npx tsx src/data/scripts/compute-nuts-centroids.ts
import { writeFileSync } from "node:fs";
import { NUTS_CENTROIDS_FILE, nutsCentroidsCsv } from "../nuts-centroids.js";

const csv = nutsCentroidsCsv();
writeFileSync(NUTS_CENTROIDS_FILE, csv);
console.log(`wrote ${csv.trimEnd().split("\n").length - 1} centroids to ${NUTS_CENTROIDS_FILE.pathname}`);
