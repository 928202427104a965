import { z } from "zod";
import { GRIEVANCE_CATEGORIES, GRIEVANCE_SEVERITIES, GRIEVANCE_STATUSES } from "../../../core/grievances/grievance-codes.js";
import { uuid } from "../../../core/shared/primitives.js";
import { pagingSearch } from "../../components/list-paging.js";

/** The queue's filters live in the URL, so a filtered queue survives a reload and can be saved as a view. */
export const grievanceListSearch = z.object({
  status: z.enum(GRIEVANCE_STATUSES).optional().catch(undefined),
  severity: z.enum(GRIEVANCE_SEVERITIES).optional().catch(undefined),
  category: z.enum(GRIEVANCE_CATEGORIES).optional().catch(undefined),
  employerId: uuid.optional().catch(undefined),
  mine: z.literal("true").optional().catch(undefined),
  overdue: z.literal("true").optional().catch(undefined),
  ...pagingSearch,
});
export type GrievanceListSearch = z.infer<typeof grievanceListSearch>;

export const GRIEVANCE_FILTER_KEYS = [
  "status",
  "severity",
  "category",
  "employerId",
  "mine",
  "overdue",
] as const satisfies readonly (keyof GrievanceListSearch)[];

export function hasGrievanceFilters(search: GrievanceListSearch): boolean {
  return GRIEVANCE_FILTER_KEYS.some((key) => search[key] !== undefined);
}
