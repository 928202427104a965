import { and, asc, count, desc, eq, gt, inArray, lt, notInArray, type SQL, sql } from "drizzle-orm";
import type { ListFilter } from "../../core/access/policy.js";
import type { CorrectiveActionListQuery, InspectionListQuery } from "../../core/inspections/inspection-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database, Transaction } from "../database.js";
import { employerSites, employers } from "../schema/employers.js";
import { grievances } from "../schema/grievances.js";
import { correctiveActions, inspectionEvidence, inspectionFindings, inspections } from "../schema/inspections.js";
import { offsetOf, scopeCondition } from "./list-scope.js";

type Db = Database | Transaction;
export type InspectionRow = typeof inspections.$inferSelect;
export type FindingRow = typeof inspectionFindings.$inferSelect;
export type CorrectiveActionRow = typeof correctiveActions.$inferSelect;
export type EvidenceRow = Omit<typeof inspectionEvidence.$inferSelect, "bytes">;
/** A visit with the names of its employer and site, as lists and details show it. */
export type NamedInspectionRow = InspectionRow & { employerName: string; siteName: string | null };
export type NamedCorrectiveActionRow = CorrectiveActionRow & { employerName: string };

const namedInspection = { inspection: inspections, employerName: employers.legalName, siteName: employerSites.name };

function named(rows: { inspection: InspectionRow; employerName: string; siteName: string | null }[]): NamedInspectionRow[] {
  return rows.map(({ inspection, employerName, siteName }) => ({ ...inspection, employerName, siteName }));
}

export async function insertInspection(
  db: Db,
  values: Pick<
    InspectionRow,
    "centreId" | "employerId" | "siteId" | "kind" | "followUpOf" | "grievanceId" | "scheduledFor" | "inspectorId"
  >,
): Promise<InspectionRow> {
  const [row] = await db.insert(inspections).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findInspection(db: Db, id: string): Promise<NamedInspectionRow | null> {
  const rows = await db
    .select(namedInspection)
    .from(inspections)
    .innerJoin(employers, eq(employers.id, inspections.employerId))
    .leftJoin(employerSites, eq(employerSites.id, inspections.siteId))
    .where(eq(inspections.id, id));
  return named(rows)[0] ?? null;
}

/** Writes the change if the version is still the one read; null when someone else changed the visit first. */
export async function updateInspectionRow(
  db: Db,
  current: InspectionRow,
  changes: Partial<Pick<InspectionRow, "status" | "checklist" | "summary" | "scheduledFor" | "visitedAt">>,
): Promise<InspectionRow | null> {
  const [row] = await db
    .update(inspections)
    .set({ ...changes, updatedAt: new Date(), version: current.version + 1 })
    .where(and(eq(inspections.id, current.id), eq(inspections.version, current.version)))
    .returning();
  return row ?? null;
}

/** Bumps the visit's version when something is added to it (a finding, evidence, an item of the plan). */
export async function touchInspection(db: Db, id: string): Promise<void> {
  await db
    .update(inspections)
    .set({ updatedAt: new Date(), version: sql`${inspections.version} + 1` })
    .where(eq(inspections.id, id));
}

function queueCondition(queue: NonNullable<InspectionListQuery["queue"]>, today: string): SQL {
  const planned = eq(inspections.status, "planned");
  switch (queue) {
    case "overdue":
      return and(planned, lt(inspections.scheduledFor, today)) as SQL;
    case "today":
      return and(planned, eq(inspections.scheduledFor, today)) as SQL;
    case "upcoming":
      return and(planned, gt(inspections.scheduledFor, today)) as SQL;
    default:
      return eq(inspections.status, queue);
  }
}

/**
 * The queue: visits under way first, then planned ones by date, then the rest latest first. `onlyCompleted` is
 * the employer's view (a planned visit must stay unannounced).
 */
export async function listInspectionRows(
  db: Db,
  filter: ListFilter,
  query: InspectionListQuery,
  page: PageQuery,
  options: { today: string; onlyCompleted: boolean },
): Promise<Page<NamedInspectionRow>> {
  const conditions: SQL[] = [scopeCondition(filter, { centreId: inspections.centreId, employerId: inspections.employerId })];
  if (options.onlyCompleted) conditions.push(eq(inspections.status, "completed"));
  if (query.queue) conditions.push(queueCondition(query.queue, options.today));
  if (query.status) conditions.push(eq(inspections.status, query.status));
  if (query.kind) conditions.push(eq(inspections.kind, query.kind));
  if (query.employerId) conditions.push(eq(inspections.employerId, query.employerId));
  const where = and(...conditions);
  const open = sql`${inspections.status} in ('planned', 'in_progress')`;
  const rows = await db
    .select(namedInspection)
    .from(inspections)
    .innerJoin(employers, eq(employers.id, inspections.employerId))
    .leftJoin(employerSites, eq(employerSites.id, inspections.siteId))
    .where(where)
    .orderBy(
      sql`case ${inspections.status} when 'in_progress' then 0 when 'planned' then 1 else 2 end`,
      sql`case when ${open} then ${inspections.scheduledFor} end asc`,
      desc(inspections.scheduledFor),
      desc(inspections.id),
    )
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const [total] = await db.select({ n: count() }).from(inspections).where(where);
  return { items: named(rows), total: total?.n ?? 0, page: page.page, pageSize: page.pageSize };
}

/** The centre of a grievance, to check that a visit it prompts is of the same centre. */
export async function findGrievanceCentre(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ centreId: grievances.centreId }).from(grievances).where(eq(grievances.id, id));
  return row?.centreId ?? null;
}

export async function insertFinding(
  db: Db,
  values: Pick<FindingRow, "centreId" | "inspectionId" | "employerId" | "area" | "severity" | "description" | "createdBy">,
): Promise<FindingRow> {
  const [row] = await db.insert(inspectionFindings).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findingsOf(db: Db, inspectionId: string): Promise<FindingRow[]> {
  return db
    .select()
    .from(inspectionFindings)
    .where(eq(inspectionFindings.inspectionId, inspectionId))
    .orderBy(asc(inspectionFindings.createdAt), asc(inspectionFindings.id));
}

export async function findFinding(db: Db, id: string): Promise<FindingRow | null> {
  const [row] = await db.select().from(inspectionFindings).where(eq(inspectionFindings.id, id));
  return row ?? null;
}

const evidenceColumns = {
  id: inspectionEvidence.id,
  centreId: inspectionEvidence.centreId,
  inspectionId: inspectionEvidence.inspectionId,
  findingId: inspectionEvidence.findingId,
  fileName: inspectionEvidence.fileName,
  mediaType: inspectionEvidence.mediaType,
  size: inspectionEvidence.size,
  sha256: inspectionEvidence.sha256,
  createdBy: inspectionEvidence.createdBy,
  createdAt: inspectionEvidence.createdAt,
};

export async function insertEvidence(
  db: Db,
  values: Pick<
    typeof inspectionEvidence.$inferInsert,
    "centreId" | "inspectionId" | "findingId" | "fileName" | "mediaType" | "size" | "sha256" | "bytes" | "createdBy"
  >,
): Promise<EvidenceRow> {
  const [row] = await db.insert(inspectionEvidence).values(values).returning(evidenceColumns);
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The evidence of a visit, without its bytes. */
export async function evidenceOf(db: Db, inspectionId: string): Promise<EvidenceRow[]> {
  return db
    .select(evidenceColumns)
    .from(inspectionEvidence)
    .where(eq(inspectionEvidence.inspectionId, inspectionId))
    .orderBy(asc(inspectionEvidence.createdAt), asc(inspectionEvidence.id));
}

export async function findEvidenceWithBytes(db: Db, id: string): Promise<typeof inspectionEvidence.$inferSelect | null> {
  const [row] = await db.select().from(inspectionEvidence).where(eq(inspectionEvidence.id, id));
  return row ?? null;
}

export async function insertCorrectiveAction(
  db: Db,
  values: Pick<CorrectiveActionRow, "centreId" | "employerId" | "inspectionId" | "findingId" | "description" | "dueDate" | "createdBy">,
): Promise<CorrectiveActionRow> {
  const [row] = await db.insert(correctiveActions).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

const namedAction = { action: correctiveActions, employerName: employers.legalName, inspectionStatus: inspections.status };

type JoinedAction = { action: CorrectiveActionRow; employerName: string; inspectionStatus: string };
const toNamedAction = ({ action, employerName }: JoinedAction): NamedCorrectiveActionRow => ({ ...action, employerName });

export async function correctiveActionsOf(db: Db, inspectionId: string): Promise<NamedCorrectiveActionRow[]> {
  const rows = await db
    .select(namedAction)
    .from(correctiveActions)
    .innerJoin(employers, eq(employers.id, correctiveActions.employerId))
    .innerJoin(inspections, eq(inspections.id, correctiveActions.inspectionId))
    .where(eq(correctiveActions.inspectionId, inspectionId))
    .orderBy(asc(correctiveActions.dueDate), asc(correctiveActions.id));
  return rows.map(toNamedAction);
}

/** An item of a plan, with the status of its visit (an employer sees items of completed visits only). */
export async function findCorrectiveAction(db: Db, id: string): Promise<(NamedCorrectiveActionRow & { inspectionStatus: string }) | null> {
  const [row] = await db
    .select(namedAction)
    .from(correctiveActions)
    .innerJoin(employers, eq(employers.id, correctiveActions.employerId))
    .innerJoin(inspections, eq(inspections.id, correctiveActions.inspectionId))
    .where(eq(correctiveActions.id, id));
  return row ? { ...toNamedAction(row), inspectionStatus: row.inspectionStatus } : null;
}

export async function updateCorrectiveActionRow(
  db: Db,
  current: CorrectiveActionRow,
  changes: Partial<
    Pick<CorrectiveActionRow, "description" | "dueDate" | "status" | "employerResponse" | "respondedAt" | "verifiedBy" | "verifiedAt">
  >,
): Promise<CorrectiveActionRow | null> {
  const [row] = await db
    .update(correctiveActions)
    .set({ ...changes, updatedAt: new Date(), version: current.version + 1 })
    .where(and(eq(correctiveActions.id, current.id), eq(correctiveActions.version, current.version)))
    .returning();
  return row ?? null;
}

/** Plans across visits: open items first by due date. `onlyCompleted`: items of completed visits (the employer's view). */
export async function listCorrectiveActionRows(
  db: Db,
  filter: ListFilter,
  query: CorrectiveActionListQuery,
  page: PageQuery,
  options: { today: string; onlyCompleted: boolean },
): Promise<Page<NamedCorrectiveActionRow>> {
  const conditions: SQL[] = [scopeCondition(filter, { centreId: correctiveActions.centreId, employerId: correctiveActions.employerId })];
  if (options.onlyCompleted) conditions.push(eq(inspections.status, "completed"));
  if (query.status) conditions.push(eq(correctiveActions.status, query.status));
  if (query.employerId) conditions.push(eq(correctiveActions.employerId, query.employerId));
  const late = and(inArray(correctiveActions.status, ["open", "not_done"]), lt(correctiveActions.dueDate, options.today)) as SQL;
  if (query.overdue === "true") conditions.push(late);
  if (query.overdue === "false") conditions.push(sql`not (${late})`);
  const where = and(...conditions);
  const rows = await db
    .select(namedAction)
    .from(correctiveActions)
    .innerJoin(employers, eq(employers.id, correctiveActions.employerId))
    .innerJoin(inspections, eq(inspections.id, correctiveActions.inspectionId))
    .where(where)
    .orderBy(
      sql`case when ${notInArray(correctiveActions.status, ["verified", "cancelled"])} then 0 else 1 end`,
      asc(correctiveActions.dueDate),
      asc(correctiveActions.id),
    )
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const [total] = await db
    .select({ n: count() })
    .from(correctiveActions)
    .innerJoin(inspections, eq(inspections.id, correctiveActions.inspectionId))
    .where(where);
  return { items: rows.map(toNamedAction), total: total?.n ?? 0, page: page.page, pageSize: page.pageSize };
}
