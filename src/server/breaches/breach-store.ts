import { and, count, desc, eq, like, type SQL } from "drizzle-orm";
import type { ListFilter } from "../../core/access/policy.js";
import { authorityDeadline, authorityNotice } from "../../core/breaches/authority-deadline.js";
import type { Breach, BreachDataCategory } from "../../core/breaches/breach-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database, Transaction } from "../../db/database.js";
import { offsetOf, scopeCondition } from "../../db/repositories/list-scope.js";
import { breaches } from "../../db/schema/breaches.js";
import { centres } from "../../db/schema/centres.js";

type Db = Database | Transaction;
type Row = typeof breaches.$inferSelect;

/** The facts of a breach as the table stores them. */
export interface BreachFacts {
  discoveredAt: string;
  description: string;
  dataCategories: BreachDataCategory[];
  peopleAffected: number;
  likelyConsequences: string;
  riskLevel: "low" | "high";
  measuresTaken: string;
  reportedToAuthorityAt: string | null;
  peopleInformedAt: string | null;
  status: "open" | "closed";
}

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));
const isoOrNull = (value: Date | null) => (value === null ? null : value.toISOString());

function toColumns(facts: BreachFacts) {
  return {
    ...facts,
    discoveredAt: new Date(facts.discoveredAt),
    reportedToAuthorityAt: dateOrNull(facts.reportedToAuthorityAt),
    peopleInformedAt: dateOrNull(facts.peopleInformedAt),
  };
}

export function toBreach(row: Row, now: Date): Breach {
  const dated = {
    discoveredAt: row.discoveredAt.toISOString(),
    reportedToAuthorityAt: isoOrNull(row.reportedToAuthorityAt),
  };
  return {
    ...row,
    ...dated,
    peopleInformedAt: isoOrNull(row.peopleInformedAt),
    riskLevel: row.riskLevel as Breach["riskLevel"],
    status: row.status as Breach["status"],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    authorityDeadline: authorityDeadline(dated.discoveredAt),
    authorityNotice: authorityNotice(dated, now),
  };
}

export async function centreExists(db: Db, centreId: string): Promise<boolean> {
  const [row] = await db.select({ id: centres.id }).from(centres).where(eq(centres.id, centreId));
  return row !== undefined;
}

/** BR-2026-0007: the next number of the centre's register in the year of discovery. */
export async function nextReference(db: Db, centreId: string, year: number): Promise<string> {
  const prefix = `BR-${year}-`;
  const [row] = await db
    .select({ n: count() })
    .from(breaches)
    .where(and(eq(breaches.centreId, centreId), like(breaches.reference, `${prefix}%`)));
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(4, "0")}`;
}

export async function insertBreach(db: Db, values: BreachFacts & { centreId: string; reference: string; createdBy: string }): Promise<Row> {
  const [row] = await db
    .insert(breaches)
    .values({ ...values, ...toColumns(values) })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findBreach(db: Db, id: string): Promise<Row | null> {
  const [row] = await db.select().from(breaches).where(eq(breaches.id, id));
  return row ?? null;
}

/** Writes the new facts if the version is still the one read; null when someone else changed it first. */
export async function updateBreachRow(db: Db, current: Row, facts: BreachFacts): Promise<Row | null> {
  const [row] = await db
    .update(breaches)
    .set({ ...toColumns(facts), updatedAt: new Date(), version: current.version + 1 })
    .where(and(eq(breaches.id, current.id), eq(breaches.version, current.version)))
    .returning();
  return row ?? null;
}

export async function listBreachRows(
  db: Db,
  filter: ListFilter,
  query: { status?: "open" | "closed" },
  page: PageQuery,
): Promise<Page<Row>> {
  const conditions: SQL[] = [scopeCondition(filter, { centreId: breaches.centreId })];
  if (query.status) conditions.push(eq(breaches.status, query.status));
  const where = and(...conditions);
  const items = await db
    .select()
    .from(breaches)
    .where(where)
    .orderBy(desc(breaches.discoveredAt), desc(breaches.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const [total] = await db.select({ n: count() }).from(breaches).where(where);
  return { items, total: total?.n ?? 0, page: page.page, pageSize: page.pageSize };
}
