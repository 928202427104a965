// The SQL of handling grievances. grievance_reporters is read here for three things only: whose case it is (the
// access check of a worker's own case), the cases a worker shared with caseworkers, and the data protection
// officer's reveal. It is never joined into a list or a read that staff get.
import { and, asc, count, desc, eq, inArray, lt, not, type SQL, sql } from "drizzle-orm";
import type { ListFilter } from "../../core/access/policy.js";
import type { GrievanceCategory, GrievanceSeverity, GrievanceStatus } from "../../core/grievances/grievance-codes.js";
import { FINISHED_STATUSES } from "../../core/grievances/grievance-rules.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database, Transaction } from "../database.js";
import { users } from "../schema/auth.js";
import { employers } from "../schema/employers.js";
import { grievanceEvents, grievanceReporters, grievances } from "../schema/grievances.js";
import { offsetOf } from "./list-scope.js";

type Db = Database | Transaction;
export type GrievanceRow = typeof grievances.$inferSelect;
export type GrievanceEventRow = typeof grievanceEvents.$inferSelect;
export type GrievanceReporterRow = typeof grievanceReporters.$inferSelect;

/** A grievance row with the names staff read beside it (the employer's, the assignee's). */
export interface GrievanceListRow extends GrievanceRow {
  employerName: string | null;
  assignedToName: string | null;
}

export interface GrievanceListConditions {
  status?: GrievanceStatus;
  severity?: GrievanceSeverity;
  category?: GrievanceCategory;
  employerId?: string;
  /** Only the cases assigned to this user. */
  assignedTo?: string;
  /** Only the cases past their due date at this moment and not finished. */
  overdueAt?: Date;
}

const assignee = sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${grievances.assignedTo})`;

/** The cases a worker signed: the only way a worker's own cases are found. */
const signedBy = (workerId: string) =>
  sql`exists (select 1 from ${grievanceReporters} where ${grievanceReporters.grievanceId} = ${grievances.id} and ${grievanceReporters.workerId} = ${workerId})`;

function scopeOf(filter: ListFilter): SQL {
  switch (filter.kind) {
    case "any":
      return sql`true`;
    case "centre":
      return eq(grievances.centreId, filter.centreId);
    case "own-worker":
      return sql`${eq(grievances.centreId, filter.centreId)} and ${signedBy(filter.workerId)}`;
    case "own-employer":
      // Employers never see grievances, whoever they are about.
      return sql`false`;
  }
}

function conditionsOf(query: GrievanceListConditions): SQL[] {
  const conditions: SQL[] = [];
  if (query.status) conditions.push(eq(grievances.status, query.status));
  if (query.severity) conditions.push(eq(grievances.severity, query.severity));
  if (query.category) conditions.push(sql`${grievances.categories} @> ${JSON.stringify([query.category])}::jsonb`);
  if (query.employerId) conditions.push(eq(grievances.employerId, query.employerId));
  if (query.assignedTo) conditions.push(eq(grievances.assignedTo, query.assignedTo));
  if (query.overdueAt) {
    conditions.push(lt(grievances.dueAt, query.overdueAt), not(inArray(grievances.status, [...FINISHED_STATUSES])));
  }
  return conditions;
}

async function pageOfRows(db: Db, where: SQL | undefined, page: PageQuery): Promise<Page<GrievanceListRow>> {
  const items = await db
    .select({
      ...grievanceColumns,
      employerName: employers.legalName,
      assignedToName: assignee,
    })
    .from(grievances)
    .leftJoin(employers, eq(employers.id, grievances.employerId))
    .where(where)
    // The queue is worked by deadline: the soonest due first, cases not yet triaged (no due date) after them.
    .orderBy(sql`${grievances.dueAt} asc nulls last`, desc(grievances.createdAt), asc(grievances.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const [total] = await db.select({ n: count() }).from(grievances).where(where);
  return { items, total: total?.n ?? 0, page: page.page, pageSize: page.pageSize };
}

const grievanceColumns = {
  id: grievances.id,
  centreId: grievances.centreId,
  reference: grievances.reference,
  followUpCodeHash: grievances.followUpCodeHash,
  channel: grievances.channel,
  language: grievances.language,
  categories: grievances.categories,
  description: grievances.description,
  employerId: grievances.employerId,
  siteId: grievances.siteId,
  workplaceGiven: grievances.workplaceGiven,
  regionCode: grievances.regionCode,
  anonymous: grievances.anonymous,
  status: grievances.status,
  severity: grievances.severity,
  dueAt: grievances.dueAt,
  assignedTo: grievances.assignedTo,
  escalatedAt: grievances.escalatedAt,
  escalatedTo: grievances.escalatedTo,
  outcome: grievances.outcome,
  outcomeNote: grievances.outcomeNote,
  matchingReviewedAt: grievances.matchingReviewedAt,
  matchingReviewedBy: grievances.matchingReviewedBy,
  createdAt: grievances.createdAt,
  updatedAt: grievances.updatedAt,
  version: grievances.version,
};

export async function listGrievanceRows(
  db: Db,
  filter: ListFilter,
  query: GrievanceListConditions,
  page: PageQuery,
): Promise<Page<GrievanceListRow>> {
  return pageOfRows(db, and(scopeOf(filter), ...conditionsOf(query)), page);
}

/**
 * The cases a worker signed: all of them for the worker themself, only those they shared with the centre's
 * caseworkers for staff.
 */
export async function listWorkerGrievanceRows(
  db: Db,
  worker: { centreId: string; workerId: string },
  onlyShared: boolean,
  page: PageQuery,
): Promise<Page<GrievanceListRow>> {
  const shared = onlyShared
    ? sql`exists (select 1 from ${grievanceReporters} where ${grievanceReporters.grievanceId} = ${grievances.id} and ${grievanceReporters.workerId} = ${worker.workerId} and ${grievanceReporters.sharedWithCaseworkers})`
    : signedBy(worker.workerId);
  return pageOfRows(db, and(eq(grievances.centreId, worker.centreId), shared), page);
}

export async function findGrievanceRow(db: Db, id: string): Promise<GrievanceListRow | null> {
  const [row] = await db
    .select({ ...grievanceColumns, employerName: employers.legalName, assignedToName: assignee })
    .from(grievances)
    .leftJoin(employers, eq(employers.id, grievances.employerId))
    .where(eq(grievances.id, id));
  return row ?? null;
}

/** The worker who signed the case, for the access check of a worker reading their own case; never answered. */
export async function signingWorkerOf(db: Db, grievanceId: string): Promise<string | null> {
  const [row] = await db
    .select({ workerId: grievanceReporters.workerId })
    .from(grievanceReporters)
    .where(eq(grievanceReporters.grievanceId, grievanceId));
  return row?.workerId ?? null;
}

/** The reporter of a signed case: for the data protection officer's reveal only. */
export async function findReporterRow(db: Db, grievanceId: string): Promise<GrievanceReporterRow | null> {
  const [row] = await db.select().from(grievanceReporters).where(eq(grievanceReporters.grievanceId, grievanceId));
  return row ?? null;
}

export interface GrievanceEventWithName extends GrievanceEventRow {
  byName: string | null;
}

/** Accounts whose authorship of an event would name the reporter (a worker reporting from their portal). */
const REPORTER_ROLES = ["worker", "employer"];

/**
 * The timeline, oldest first; `reporterView` keeps only what the reporter is shown. An event written by a worker's
 * own account (the reporter) shows no author: only staff are named.
 */
export async function eventsOf(db: Db, grievanceId: string, reporterView = false): Promise<GrievanceEventWithName[]> {
  const conditions = [eq(grievanceEvents.grievanceId, grievanceId)];
  if (reporterView) conditions.push(eq(grievanceEvents.visibleToReporter, true));
  const rows = await db
    .select({ event: grievanceEvents, byName: users.name, byRole: users.role })
    .from(grievanceEvents)
    .leftJoin(users, eq(users.id, grievanceEvents.byUserId))
    .where(and(...conditions))
    .orderBy(asc(grievanceEvents.at), asc(grievanceEvents.id));
  return rows.map(({ event, byName, byRole }) => {
    const staff = byRole !== null && !REPORTER_ROLES.includes(byRole);
    return { ...event, byUserId: staff ? event.byUserId : null, byName: staff ? byName : null };
  });
}

export type GrievanceChange = Partial<
  Pick<
    typeof grievances.$inferInsert,
    "status" | "severity" | "dueAt" | "assignedTo" | "escalatedAt" | "escalatedTo" | "outcome" | "outcomeNote"
  >
>;

/** Writes the change if the version is still the one read; false when someone else changed it first. */
export async function updateGrievanceRow(db: Db, current: { id: string; version: number }, change: GrievanceChange, now: Date) {
  const rows = await db
    .update(grievances)
    .set({ ...change, updatedAt: now, version: current.version + 1 })
    .where(and(eq(grievances.id, current.id), eq(grievances.version, current.version)))
    .returning({ id: grievances.id });
  return rows.length === 1;
}

/** Staff of a centre who handle grievances (everyone but the disabled), by name. */
export async function grievanceStaffOf(db: Db, centreId: string, roles: readonly string[]) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.centreId, centreId), inArray(users.role, [...roles]), eq(users.disabled, false)))
    .orderBy(asc(users.name), asc(users.id));
}

export async function findUserRow(db: Db, userId: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, centreId: users.centreId, role: users.role, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}
