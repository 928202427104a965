import { eq, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { ListFilter } from "../../core/access/policy.js";

/** Turns the policy's list filter into a WHERE condition on a table's centre and owner columns. */
export function scopeCondition(filter: ListFilter, columns: { centreId: PgColumn; workerId?: PgColumn; employerId?: PgColumn }): SQL {
  switch (filter.kind) {
    case "any":
      return sql`true`;
    case "centre":
      return eq(columns.centreId, filter.centreId);
    case "own-worker":
      return columns.workerId ? sql`${eq(columns.centreId, filter.centreId)} and ${eq(columns.workerId, filter.workerId)}` : sql`false`;
    case "own-employer":
      return columns.employerId
        ? sql`${eq(columns.centreId, filter.centreId)} and ${eq(columns.employerId, filter.employerId)}`
        : sql`false`;
  }
}

export function offsetOf(page: { page: number; pageSize: number }): number {
  return (page.page - 1) * page.pageSize;
}
