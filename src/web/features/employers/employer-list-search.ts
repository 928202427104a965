import { z } from "zod";
import type { EmployerListQuery } from "../../../core/employers/employer-schemas.js";
import { SECTORS } from "../../../core/reference/codes.js";
import { pagingSearch } from "../../components/list-paging.js";

/**
 * The employer list's filters live in the URL, so a filtered list can be bookmarked and survives a reload.
 * A value that does not fit (an edited or old link) is dropped instead of breaking the page.
 */
export const employerListSearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  sector: z.enum(SECTORS).optional().catch(undefined),
  ...pagingSearch,
});
export type EmployerListSearch = z.infer<typeof employerListSearch>;

export const EMPLOYER_FILTER_KEYS = ["q", "sector"] as const satisfies readonly (keyof EmployerListQuery)[];

export function hasEmployerFilters(search: EmployerListSearch): boolean {
  return EMPLOYER_FILTER_KEYS.some((key) => search[key] !== undefined && search[key] !== "");
}
