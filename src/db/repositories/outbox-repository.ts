import { count, desc, eq, isNull, or } from "drizzle-orm";
import type { ListFilter } from "../../core/access/policy.js";
import type { PageQuery } from "../../core/shared/pagination.js";
import type { Database } from "../database.js";
import { outboxMessages } from "../schema/outbox.js";
import { offsetOf } from "./list-scope.js";

/** Messages of the actor's centre, newest first; network-wide roles see every message. */
export async function listOutboxMessages(db: Database, scope: ListFilter, page: PageQuery) {
  const where = scope.kind === "any" ? undefined : or(eq(outboxMessages.centreId, scope.centreId), isNull(outboxMessages.centreId));
  const rows = await db
    .select()
    .from(outboxMessages)
    .where(where)
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const totals = await db.select({ total: count() }).from(outboxMessages).where(where);
  return {
    items: rows.map((row) => ({
      id: row.id,
      channel: row.channel,
      recipient: row.recipient,
      purpose: row.purpose,
      body: row.body,
      createdAt: row.createdAt.toISOString(),
    })),
    total: totals[0]?.total ?? 0,
    page: page.page,
    pageSize: page.pageSize,
  };
}
