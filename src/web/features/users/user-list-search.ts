import { z } from "zod";
import { ROLES } from "../../../core/access/roles.js";
import type { UserAccountListQuery } from "../../../core/accounts/account-schemas.js";
import { pagingSearch } from "../../components/list-paging.js";

/** The Users page's filters live in the URL, so a filtered list survives a reload and can be saved as a view. */
export const userListSearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["active", "disabled"]).optional().catch(undefined),
  ...pagingSearch,
});
export type UserListSearch = z.infer<typeof userListSearch>;

export const USER_FILTER_KEYS = ["q", "role", "status"] as const satisfies readonly (keyof UserAccountListQuery)[];

export function hasUserFilters(search: UserListSearch): boolean {
  return USER_FILTER_KEYS.some((key) => search[key] !== undefined && search[key] !== "");
}
