import { and, asc, count, desc, eq, like } from "drizzle-orm";
import type { Database, Transaction } from "../database.js";
import { centres } from "../schema/centres.js";
import { employerSites, employers } from "../schema/employers.js";
import { grievanceEvents, grievanceReporters, grievances } from "../schema/grievances.js";
import { workers } from "../schema/workers.js";

// The reporter's side of grievances: opening one, finding it by its follow-up code, what the reporter may read of it,
// and a signed-in worker's own reports. Staff reads live with the staff side (C2); nothing here joins the reporter's
// identity into a staff answer.

type Db = Database | Transaction;
export type GrievanceRow = typeof grievances.$inferSelect;
export type GrievanceEventRow = typeof grievanceEvents.$inferSelect;

/** GV-<year>-<n>: the next number of the centre's year; two racing writers are sorted out by the unique key. */
export async function nextGrievanceReference(db: Db, centreId: string, year: number): Promise<string> {
  const prefix = `GV-${year}-`;
  const [row] = await db
    .select({ n: count() })
    .from(grievances)
    .where(and(eq(grievances.centreId, centreId), like(grievances.reference, `${prefix}%`)));
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(4, "0")}`;
}

export async function centreOfGrievanceExists(db: Db, centreId: string): Promise<boolean> {
  const [row] = await db.select({ id: centres.id }).from(centres).where(eq(centres.id, centreId));
  return row !== undefined;
}

export async function employerInCentre(db: Db, employerId: string, centreId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: employers.id })
    .from(employers)
    .where(and(eq(employers.id, employerId), eq(employers.centreId, centreId)));
  return row !== undefined;
}

/** The site's employer, when the site belongs to the centre. */
export async function siteInCentre(db: Db, siteId: string, centreId: string): Promise<{ employerId: string } | null> {
  const [row] = await db
    .select({ employerId: employerSites.employerId })
    .from(employerSites)
    .where(and(eq(employerSites.id, siteId), eq(employerSites.centreId, centreId)));
  return row ?? null;
}

export async function insertGrievance(db: Db, values: typeof grievances.$inferInsert): Promise<GrievanceRow> {
  const [row] = await db.insert(grievances).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function insertGrievanceReporter(db: Db, values: typeof grievanceReporters.$inferInsert): Promise<void> {
  await db.insert(grievanceReporters).values(values);
}

export async function insertGrievanceEvent(db: Db, values: typeof grievanceEvents.$inferInsert): Promise<GrievanceEventRow> {
  const [row] = await db.insert(grievanceEvents).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findGrievanceByCodeHash(db: Db, followUpCodeHash: string): Promise<GrievanceRow | null> {
  const [row] = await db.select().from(grievances).where(eq(grievances.followUpCodeHash, followUpCodeHash));
  return row ?? null;
}

/** The events the reporter may read, oldest first; a reporter's own messages included. */
export async function reporterVisibleEvents(db: Db, grievanceId: string): Promise<GrievanceEventRow[]> {
  return db
    .select()
    .from(grievanceEvents)
    .where(and(eq(grievanceEvents.grievanceId, grievanceId), eq(grievanceEvents.visibleToReporter, true)))
    .orderBy(asc(grievanceEvents.at), asc(grievanceEvents.id));
}

/** Touches the grievance so staff lists sort a case the reporter wrote to as changed. */
export async function touchGrievance(db: Db, grievanceId: string, now: Date): Promise<void> {
  await db.update(grievances).set({ updatedAt: now }).where(eq(grievances.id, grievanceId));
}

export interface OwnGrievanceRow {
  grievance: GrievanceRow;
  sharedWithCaseworkers: boolean;
}

/** The grievances a registered worker signed, newest first. */
export async function listGrievancesOfWorker(
  db: Db,
  centreId: string,
  workerId: string,
  page: { limit: number; offset: number },
): Promise<{ items: OwnGrievanceRow[]; total: number }> {
  const where = and(eq(grievanceReporters.centreId, centreId), eq(grievanceReporters.workerId, workerId));
  const rows = await db
    .select({ grievance: grievances, sharedWithCaseworkers: grievanceReporters.sharedWithCaseworkers })
    .from(grievanceReporters)
    .innerJoin(grievances, eq(grievances.id, grievanceReporters.grievanceId))
    .where(where)
    .orderBy(desc(grievances.createdAt), desc(grievances.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(grievanceReporters).where(where);
  return { items: rows, total: total?.n ?? 0 };
}

/** One grievance the worker signed, or null (another's, anonymous, or missing: the same). */
export async function findGrievanceOfWorker(db: Db, grievanceId: string, workerId: string): Promise<OwnGrievanceRow | null> {
  const [row] = await db
    .select({ grievance: grievances, sharedWithCaseworkers: grievanceReporters.sharedWithCaseworkers })
    .from(grievanceReporters)
    .innerJoin(grievances, eq(grievances.id, grievanceReporters.grievanceId))
    .where(and(eq(grievanceReporters.grievanceId, grievanceId), eq(grievanceReporters.workerId, workerId)));
  return row ?? null;
}

/** What anyone may know of the centres to report to: no staff, no addresses. */
export async function listPublicCentres(db: Db): Promise<{ id: string; name: string; country: string; regionCode: string }[]> {
  return db
    .select({ id: centres.id, name: centres.name, country: centres.country, regionCode: centres.regionCode })
    .from(centres)
    .orderBy(asc(centres.country), asc(centres.name), asc(centres.id));
}

/** The name and phone of the worker's file, to sign their report; null when the file is not in the centre. */
export async function workerContactOf(db: Db, workerId: string, centreId: string): Promise<{ name: string; phone: string } | null> {
  const [row] = await db
    .select({ givenName: workers.givenName, familyName: workers.familyName, phone: workers.phone })
    .from(workers)
    .where(and(eq(workers.id, workerId), eq(workers.centreId, centreId)));
  return row ? { name: `${row.givenName} ${row.familyName}`.trim(), phone: row.phone } : null;
}

export async function findCentreOfGrievance(db: Db, centreId: string): Promise<{ id: string; country: string; regionCode: string } | null> {
  const [row] = await db
    .select({ id: centres.id, country: centres.country, regionCode: centres.regionCode })
    .from(centres)
    .where(eq(centres.id, centreId));
  return row ?? null;
}
