import { and, asc, count, eq, or, type SQL, sql } from "drizzle-orm";
import type { ListFilter } from "../../core/access/policy.js";
import type { Role } from "../../core/access/roles.js";
import type { UserAccount, UserAccountListQuery } from "../../core/accounts/account-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database } from "../database.js";
import { users } from "../schema/auth.js";
import { centres } from "../schema/centres.js";
import { offsetOf, scopeCondition } from "./list-scope.js";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** Sign-in accounts by name; the text filter matches the name, the e-mail or the phone number, literally. */
export async function listUserAccounts(
  db: Database,
  filter: ListFilter,
  query: UserAccountListQuery,
  page: PageQuery,
): Promise<Page<UserAccount>> {
  const conditions: SQL[] = [scopeCondition(filter, { centreId: users.centreId })];
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.status) conditions.push(eq(users.disabled, query.status === "disabled"));
  if (query.q) {
    const pattern = `%${escapeLike(query.q.toLowerCase())}%`;
    const matches = [users.name, users.email, users.phoneNumber].map((column) => sql`lower(${column}) like ${pattern}`);
    conditions.push(or(...matches) as SQL);
  }
  const where = and(...conditions);
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phoneNumber: users.phoneNumber,
      role: users.role,
      centreName: centres.name,
      disabled: users.disabled,
      twoFactorEnabled: users.twoFactorEnabled,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(centres, eq(centres.id, users.centreId))
    .where(where)
    .orderBy(asc(users.name), asc(users.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return {
    items: rows.map(({ email, phoneNumber, ...row }) => ({
      ...row,
      signIn: row.role === "worker" ? (phoneNumber ?? "") : email,
      role: row.role as Role,
      twoFactorEnabled: row.twoFactorEnabled ?? false,
      createdAt: row.createdAt.toISOString(),
    })),
    total: total?.n ?? 0,
    page: page.page,
    pageSize: page.pageSize,
  };
}
