import { loadEscoCatalogue } from "../../data/esco-catalogue.js";
import { loadNutsRegions } from "../../data/nuts-regions.js";
import type { ReferenceKnowledge } from "./reference-knowledge.js";

/** Reference knowledge from the ESCO subset and NUTS regions shipped in src/data. */
export function shippedReferenceKnowledge(): ReferenceKnowledge {
  const esco = loadEscoCatalogue();
  const regions = loadNutsRegions();
  return {
    centroidOf(regionCode) {
      const region = regions.get(regionCode);
      return region?.lat !== undefined && region.lon !== undefined ? { lat: region.lat, lon: region.lon } : null;
    },
    occupationSkillsOf: (uri) => esco.skillsByOccupation.get(uri),
    iscoOf: (uri) => esco.occupations.get(uri)?.iscoCode,
  };
}
