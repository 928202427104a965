import { z } from "zod";
import type { EmployerListQuery } from "../../../core/employers/employer-schemas.js";
import { SECTORS } from "../../../core/reference/codes.js";

export const EMPLOYER_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_EMPLOYER_PAGE_SIZE = 25;

/**
 * The employer list's filters live in the URL, so a filtered list can be bookmarked and survives a reload.
 * A value that does not fit (an edited or old link) is dropped instead of breaking the page.
 */
export const employerListSearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  sector: z.enum(SECTORS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  pageSize: z.coerce
    .number()
    .int()
    .refine((size) => (EMPLOYER_PAGE_SIZES as readonly number[]).includes(size))
    .optional()
    .catch(undefined),
});
export type EmployerListSearch = z.infer<typeof employerListSearch>;

export const EMPLOYER_FILTER_KEYS = ["q", "sector"] as const satisfies readonly (keyof EmployerListQuery)[];

export function hasEmployerFilters(search: EmployerListSearch): boolean {
  return EMPLOYER_FILTER_KEYS.some((key) => search[key] !== undefined && search[key] !== "");
}
