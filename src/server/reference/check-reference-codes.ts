import type { ApiErrorDetail } from "../../core/shared/api-error.js";
import { DomainError } from "../../core/shared/api-error.js";
import { loadEscoCatalogue } from "../../data/esco-catalogue.js";
import { isValidRegionCode } from "../../data/nuts-regions.js";

/** Codes an input refers to, each with where it sits in the input. */
export interface ReferenceCodes {
  regions?: { path: (string | number)[]; code: string }[];
  occupations?: { path: (string | number)[]; uri: string }[];
  skills?: { path: (string | number)[]; uri: string }[];
}

/** Refuses an input that names a region, occupation or skill the product does not know, field by field. */
export function checkReferenceCodes(codes: ReferenceCodes): void {
  const esco = loadEscoCatalogue();
  const details: ApiErrorDetail[] = [
    ...(codes.regions ?? []).filter((r) => !isValidRegionCode(r.code)).map((r) => ({ path: r.path, message: "errors.unknownRegion" })),
    ...(codes.occupations ?? [])
      .filter((o) => !esco.occupations.has(o.uri))
      .map((o) => ({ path: o.path, message: "errors.unknownOccupation" })),
    ...(codes.skills ?? []).filter((s) => !esco.skills.has(s.uri)).map((s) => ({ path: s.path, message: "errors.unknownSkill" })),
  ];
  if (details.length > 0) throw new DomainError("validation_failed", "The request names unknown reference codes.", details);
}

/** The codes a worker's file refers to. */
export function workerReferenceCodes(input: {
  regionCode?: string;
  occupations?: { occupationUri: string }[];
  skills?: { skillUri: string }[];
}): ReferenceCodes {
  return {
    regions: input.regionCode ? [{ path: ["regionCode"], code: input.regionCode }] : [],
    occupations: (input.occupations ?? []).map((o, i) => ({ path: ["occupations", i, "occupationUri"], uri: o.occupationUri })),
    skills: (input.skills ?? []).map((s, i) => ({ path: ["skills", i, "skillUri"], uri: s.skillUri })),
  };
}
