import { z } from "zod";
import { SPOKEN_LANGUAGES } from "../../../core/reference/codes.js";
import { escoOccupationUri, escoSkillUri, isoDate, nutsCode } from "../../../core/shared/primitives.js";
import { PERMIT_STATUSES, type WorkerListQuery } from "../../../core/workers/worker-schemas.js";
import { pagingSearch } from "../../components/list-paging.js";

/**
 * The worker list's filters live in the URL, so a filtered list can be bookmarked, shared with a colleague and
 * survives a reload. A value that does not fit (an edited or old link) is dropped instead of breaking the page.
 */
export const workerListSearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  language: z.enum(SPOKEN_LANGUAGES).optional().catch(undefined),
  occupation: escoOccupationUri.optional().catch(undefined),
  skill: escoSkillUri.optional().catch(undefined),
  availableFrom: isoDate.optional().catch(undefined),
  availableTo: isoDate.optional().catch(undefined),
  permit: z.enum(PERMIT_STATUSES).optional().catch(undefined),
  region: nutsCode.optional().catch(undefined),
  ...pagingSearch,
});
export type WorkerListSearch = z.infer<typeof workerListSearch>;

export const FILTER_KEYS = [
  "q",
  "language",
  "occupation",
  "skill",
  "availableFrom",
  "availableTo",
  "permit",
  "region",
] as const satisfies readonly (keyof WorkerListQuery)[];

export function hasFilters(search: WorkerListSearch): boolean {
  return FILTER_KEYS.some((key) => search[key] !== undefined && search[key] !== "");
}
