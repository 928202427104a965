import type { ReferenceCodes } from "../reference/check-reference-codes.js";

/** The NUTS regions an employer's sites name, each with where it sits in the registration. */
export function siteRegionCodes(sites: { regionCode: string }[]): ReferenceCodes {
  return { regions: sites.map((site, i) => ({ path: ["sites", i, "regionCode"], code: site.regionCode })) };
}
