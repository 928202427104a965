import { z } from "zod";

/** The page sizes a list offers, and the one it starts with. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

/** The page and page size in a list's URL search; a value that does not fit (an old or edited link) is dropped. */
export const pagingSearch = {
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  pageSize: z.coerce
    .number()
    .int()
    .refine((size) => (PAGE_SIZES as readonly number[]).includes(size))
    .optional()
    .catch(undefined),
};
