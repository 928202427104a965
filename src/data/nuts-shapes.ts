import { readFileSync } from "node:fs";

export interface NutsShapeCollection {
  type: "FeatureCollection";
  features: { type: "Feature"; properties: { NUTS_ID: string; CNTR_CODE: string; NAME_LATN: string }; geometry: unknown }[];
}

const loaded = new Map<2 | 3, NutsShapeCollection>();

/** The shipped NUTS 2024 outlines (1:20 million, EPSG:4326) at level 2 or 3, read once. */
export function loadNutsShapes(level: 2 | 3): NutsShapeCollection {
  let shapes = loaded.get(level);
  if (!shapes) {
    shapes = JSON.parse(readFileSync(new URL(`./nuts/nuts${level}.geojson`, import.meta.url), "utf8")) as NutsShapeCollection;
    loaded.set(level, shapes);
  }
  return shapes;
}
