import { and, asc, count, desc, eq, gte, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { ListFilter } from "../../core/access/policy.js";
import { foldForSearch } from "../../core/shared/fold-for-search.js";
import type { PageQuery } from "../../core/shared/pagination.js";
import { addDays, PERMIT_EXPIRY_WARNING_DAYS, permitStatus, permitValidity } from "../../core/workers/permit-status.js";
import { workerSearchText } from "../../core/workers/search-text.js";
import type { ConsentRecord, Worker, WorkerInput, WorkerListQuery, WorkerSummary } from "../../core/workers/worker-schemas.js";
import type { Database, Transaction } from "../database.js";
import { consents, workers } from "../schema/workers.js";
import { notErased } from "./consent-conditions.js";
import { offsetOf, scopeCondition } from "./list-scope.js";

type WorkerRow = typeof workers.$inferSelect;
type Db = Database | Transaction;

function derivedColumns(input: WorkerInput) {
  const validity = permitValidity(input.authorisations);
  return { permitValidUntil: validity.validUntil, permitOpenEnded: validity.openEnded, searchText: workerSearchText(input) };
}

export function toWorker(row: WorkerRow): Worker {
  const { permitValidUntil, permitOpenEnded, searchText, ...rest } = row;
  return {
    ...rest,
    gender: rest.gender as Worker["gender"],
    preferredLanguage: rest.preferredLanguage as Worker["preferredLanguage"],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function insertWorker(db: Db, centreId: string, input: WorkerInput): Promise<Worker> {
  const [row] = await db
    .insert(workers)
    .values({ ...input, centreId, ...derivedColumns(input) })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return toWorker(row);
}

export async function findWorker(db: Db, id: string): Promise<Worker | null> {
  // An erased file is gone for every use case; only its anonymous row stays, for statistics.
  const [row] = await db
    .select()
    .from(workers)
    .where(and(eq(workers.id, id), notErased(workers.id)));
  return row ? toWorker(row) : null;
}

export async function findWorkerByPhone(db: Db, phone: string): Promise<{ id: string } | null> {
  const [row] = await db.select({ id: workers.id }).from(workers).where(eq(workers.phone, phone));
  return row ?? null;
}

/** Writes the new state if the version is still the one read; returns null when someone else changed it first. */
export async function updateWorker(db: Db, current: Worker, next: WorkerInput): Promise<Worker | null> {
  const [row] = await db
    .update(workers)
    .set({ ...next, ...derivedColumns(next), updatedAt: new Date(), version: current.version + 1 })
    .where(and(eq(workers.id, current.id), eq(workers.version, current.version)))
    .returning();
  return row ? toWorker(row) : null;
}

function filterConditions(query: WorkerListQuery, today: string): SQL[] {
  const conditions: SQL[] = [];
  if (query.q) conditions.push(sql`${workers.searchText} like ${`%${foldForSearch(query.q).replace(/[\\%_]/g, "\\$&")}%`}`);
  if (query.language) conditions.push(sql`${workers.languages} @> ${JSON.stringify([{ language: query.language }])}::jsonb`);
  if (query.occupation) conditions.push(sql`${workers.occupations} @> ${JSON.stringify([{ occupationUri: query.occupation }])}::jsonb`);
  if (query.skill) conditions.push(sql`${workers.skills} @> ${JSON.stringify([{ skillUri: query.skill }])}::jsonb`);
  if (query.region) conditions.push(sql`${workers.regionCode} like ${`${query.region}%`}`);
  if (query.availableFrom || query.availableTo) {
    const from = query.availableFrom ?? query.availableTo;
    const to = query.availableTo ?? query.availableFrom;
    conditions.push(sql`exists (select 1 from jsonb_array_elements(${workers.availability}) w
      where (w->>'start') <= ${to} and (w->>'end') >= ${from})`);
  }
  const soon = addDays(today, PERMIT_EXPIRY_WARNING_DAYS);
  if (query.permit === "valid") conditions.push(or(eq(workers.permitOpenEnded, true), sql`${workers.permitValidUntil} > ${soon}`) as SQL);
  if (query.permit === "expiring")
    conditions.push(
      and(eq(workers.permitOpenEnded, false), gte(workers.permitValidUntil, today), sql`${workers.permitValidUntil} <= ${soon}`) as SQL,
    );
  if (query.permit === "expired") conditions.push(and(eq(workers.permitOpenEnded, false), lt(workers.permitValidUntil, today)) as SQL);
  if (query.permit === "none") conditions.push(and(eq(workers.permitOpenEnded, false), isNull(workers.permitValidUntil)) as SQL);
  return conditions;
}

function toSummary(row: WorkerRow, today: string): WorkerSummary {
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    phone: row.phone,
    nationality: row.nationality,
    preferredLanguage: row.preferredLanguage as WorkerSummary["preferredLanguage"],
    regionCode: row.regionCode,
    languages: row.languages,
    occupationUris: row.occupations.map((o) => o.occupationUri),
    permitStatus: permitStatus({ validUntil: row.permitValidUntil, openEnded: row.permitOpenEnded }, today),
    permitValidUntil: row.permitValidUntil,
    availableNow: row.availability.some((w) => w.start <= today && w.end >= today),
  };
}

export async function listWorkers(db: Db, scope: ListFilter, query: WorkerListQuery, page: PageQuery, today: string) {
  const where = and(
    scopeCondition(scope, { centreId: workers.centreId, workerId: workers.id }),
    notErased(workers.id),
    ...filterConditions(query, today),
  );
  const rows = await db
    .select()
    .from(workers)
    .where(where)
    .orderBy(asc(workers.familyName), asc(workers.givenName), asc(workers.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const totals = await db.select({ total: count() }).from(workers).where(where);
  return { items: rows.map((row) => toSummary(row, today)), total: totals[0]?.total ?? 0, page: page.page, pageSize: page.pageSize };
}

export async function insertConsent(
  db: Db,
  record: Omit<ConsentRecord, "id" | "recordedAt"> & { centreId: string },
): Promise<ConsentRecord> {
  const [row] = await db
    .insert(consents)
    .values({ ...record, note: record.note ?? "" })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return toConsent(row);
}

function toConsent(row: typeof consents.$inferSelect): ConsentRecord {
  return {
    id: row.id,
    workerId: row.workerId,
    purpose: row.purpose as ConsentRecord["purpose"],
    granted: row.granted,
    method: row.method as ConsentRecord["method"],
    note: row.note,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export async function listConsents(db: Db, workerId: string): Promise<ConsentRecord[]> {
  const rows = await db
    .select()
    .from(consents)
    .where(eq(consents.workerId, workerId))
    .orderBy(desc(consents.recordedAt), desc(consents.id));
  return rows.map(toConsent);
}

/** The latest record per purpose decides: consent is given until it is withdrawn. */
export async function hasConsent(db: Db, workerId: string, purpose: ConsentRecord["purpose"]): Promise<boolean> {
  const [latest] = await db
    .select({ granted: consents.granted })
    .from(consents)
    .where(and(eq(consents.workerId, workerId), eq(consents.purpose, purpose)))
    .orderBy(desc(consents.recordedAt))
    .limit(1);
  return latest?.granted ?? false;
}
