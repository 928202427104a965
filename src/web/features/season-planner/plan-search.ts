import { z } from "zod";
import { ASSIGNMENT_DECISIONS } from "../../../core/planning/plan-schemas.js";
import { uuid } from "../../../core/shared/primitives.js";
import { pagingSearch } from "../../components/list-paging.js";

/** The list of plans keeps its page in the URL. */
export const planListSearch = z.object({ ...pagingSearch });

/**
 * A plan's page keeps the assignments' page, search and decision filter in the URL, and the worker whose chain is
 * open, so a link to "this worker's season" can be shared. A value that does not fit is dropped.
 */
export const planPageSearch = z.object({
  search: z.string().trim().max(100).optional().catch(undefined),
  decision: z.enum(ASSIGNMENT_DECISIONS).optional().catch(undefined),
  worker: uuid.optional().catch(undefined),
  ...pagingSearch,
});
export type PlanPageSearch = z.infer<typeof planPageSearch>;

export const ASSIGNMENT_FILTER_KEYS = ["search", "decision"] as const satisfies readonly (keyof PlanPageSearch)[];

export function hasAssignmentFilters(search: PlanPageSearch): boolean {
  return ASSIGNMENT_FILTER_KEYS.some((key) => search[key] !== undefined);
}
