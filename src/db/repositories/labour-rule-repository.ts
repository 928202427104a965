import { and, asc, count, eq, type SQL } from "drizzle-orm";
import type { LabourRule, LabourRuleFacts, LabourRuleListQuery } from "../../core/labour-rules/labour-rule-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import { defaultLabourRules } from "../../data/labour-rules/default-labour-rules.js";
import type { Database, Transaction } from "../database.js";
import { labourRules } from "../schema/labour-rules.js";
import { offsetOf } from "./list-scope.js";

type Db = Database | Transaction;
type Row = typeof labourRules.$inferSelect;

export function toLabourRule(row: Row): LabourRule {
  return {
    ...row,
    country: row.country as LabourRule["country"],
    sector: row.sector as LabourRule["sector"],
    contractType: row.contractType as LabourRule["contractType"],
    kind: row.kind as LabourRule["kind"],
    payUnit: row.payUnit as LabourRule["payUnit"],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findLabourRule(db: Db, id: string): Promise<LabourRule | null> {
  const [row] = await db.select().from(labourRules).where(eq(labourRules.id, id));
  return row ? toLabourRule(row) : null;
}

/** Every rule of a country, ended ones included: the offer check keeps those in force on the offer's dates. */
export async function labourRulesOfCountry(db: Db, country: string): Promise<LabourRule[]> {
  const rows = await db
    .select()
    .from(labourRules)
    .where(eq(labourRules.country, country))
    .orderBy(asc(labourRules.kind), asc(labourRules.validFrom));
  return rows.map(toLabourRule);
}

export async function listLabourRules(db: Db, query: LabourRuleListQuery, page: PageQuery): Promise<Page<LabourRule>> {
  const conditions: SQL[] = [];
  if (query.country) conditions.push(eq(labourRules.country, query.country));
  if (query.kind) conditions.push(eq(labourRules.kind, query.kind));
  const where = and(...conditions);
  const items = await db
    .select()
    .from(labourRules)
    .where(where)
    .orderBy(asc(labourRules.country), asc(labourRules.kind), asc(labourRules.validFrom), asc(labourRules.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const [total] = await db.select({ n: count() }).from(labourRules).where(where);
  return { items: items.map(toLabourRule), total: total?.n ?? 0, page: page.page, pageSize: page.pageSize };
}

export async function insertLabourRule(db: Db, facts: LabourRuleFacts, byUserId: string | null): Promise<LabourRule> {
  const [row] = await db
    .insert(labourRules)
    .values({ ...facts, updatedBy: byUserId })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return toLabourRule(row);
}

/** Writes the new facts if the version is still the one read; null when someone else changed it first. */
export async function updateLabourRuleRow(
  db: Db,
  current: LabourRule,
  facts: LabourRuleFacts,
  byUserId: string,
): Promise<LabourRule | null> {
  const [row] = await db
    .update(labourRules)
    .set({ ...facts, updatedBy: byUserId, updatedAt: new Date(), version: current.version + 1 })
    .where(and(eq(labourRules.id, current.id), eq(labourRules.version, current.version)))
    .returning();
  return row ? toLabourRule(row) : null;
}

/**
 * At start, on every database (every install, every test database): an empty labour_rules table receives the
 * shipped defaults (src/data/labour-rules). Once it holds rules, administrators own them and nothing is reloaded.
 */
export async function loadDefaultLabourRules(db: Db): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(labourRules);
  if ((existing?.n ?? 0) > 0) return 0;
  const defaults = defaultLabourRules();
  await db.insert(labourRules).values(defaults.map((facts) => ({ ...facts, updatedBy: null })));
  return defaults.length;
}
