import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { ListFilter } from "../../core/access/policy.js";
import type { PageQuery } from "../../core/shared/pagination.js";
import type { Database } from "../database.js";
import { auditEntries } from "../schema/audit.js";
import { offsetOf } from "./list-scope.js";

export async function listAuditEntries(
  db: Database,
  scope: ListFilter,
  filters: { entityType?: string; entityId?: string; outcome?: string },
  page: PageQuery,
) {
  const conditions: SQL[] = [];
  if (scope.kind !== "any") conditions.push(eq(auditEntries.centreId, scope.centreId));
  if (filters.entityType) conditions.push(eq(auditEntries.entityType, filters.entityType));
  if (filters.entityId) conditions.push(eq(auditEntries.entityId, filters.entityId));
  if (filters.outcome) conditions.push(eq(auditEntries.outcome, filters.outcome));
  const where = and(...conditions);
  const rows = await db
    .select()
    .from(auditEntries)
    .where(where)
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const totals = await db.select({ total: count() }).from(auditEntries).where(where);
  return {
    items: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
    total: totals[0]?.total ?? 0,
    page: page.page,
    pageSize: page.pageSize,
  };
}
