import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { ListFilter } from "../../core/access/policy.js";
import { foldForSearch } from "../../core/shared/fold-for-search.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database, Transaction } from "../database.js";
import { employerSites, employers } from "../schema/employers.js";
import { jobOffers } from "../schema/offers.js";
import { seasonPlanAssignments, seasonPlanChains, seasonPlans } from "../schema/season-plans.js";
import { workers } from "../schema/workers.js";
import { notErased } from "./consent-conditions.js";
import { offsetOf } from "./list-scope.js";

type Db = Database | Transaction;

export type SeasonPlanRow = typeof seasonPlans.$inferSelect;
export type NewSeasonPlan = Pick<
  typeof seasonPlans.$inferInsert,
  "centreId" | "centreIds" | "seasonStart" | "seasonEnd" | "minScore" | "chaining" | "createdBy"
>;
export type NewAssignment = Omit<typeof seasonPlanAssignments.$inferInsert, "decision" | "referralId" | "decidedBy" | "decidedAt">;
export type NewChain = typeof seasonPlanChains.$inferInsert;

/** Rows per INSERT when a plan's results are stored: well under PostgreSQL's limit of 65,535 parameters. */
const INSERT_BATCH = 1000;

export async function insertSeasonPlan(db: Db, plan: NewSeasonPlan): Promise<SeasonPlanRow> {
  const [row] = await db.insert(seasonPlans).values(plan).returning();
  if (!row) throw new Error("season plan not inserted");
  return row;
}

export async function findSeasonPlan(db: Db, id: string): Promise<SeasonPlanRow | null> {
  const [row] = await db.select().from(seasonPlans).where(eq(seasonPlans.id, id));
  return row ?? null;
}

/**
 * The plans a list may show, newest first. A centre sees the plans of its own centre only (a network plan that also
 * takes in other centres' workers is the network's, even when this centre owns it).
 */
export async function listSeasonPlans(db: Db, filter: ListFilter, page: PageQuery): Promise<Page<SeasonPlanRow>> {
  const where = planScope(filter);
  const items = await db
    .select()
    .from(seasonPlans)
    .where(where)
    .orderBy(desc(seasonPlans.createdAt), desc(seasonPlans.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const [total] = await db.select({ n: count() }).from(seasonPlans).where(where);
  return { items, total: total?.n ?? 0, ...page };
}

function planScope(filter: ListFilter): SQL {
  if (filter.kind === "any") return sql`true`;
  if (filter.kind !== "centre") return sql`false`;
  return sql`${eq(seasonPlans.centreId, filter.centreId)} and ${seasonPlans.centreIds} <@ array[${filter.centreId}]::uuid[]`;
}

/**
 * Takes the oldest queued plan for this process and marks it running, in one statement, so two server processes
 * never run the same plan.
 */
export async function claimNextQueuedPlan(db: Db): Promise<SeasonPlanRow | null> {
  const [row] = await db
    .update(seasonPlans)
    .set({ status: "running", stage: "loading", progress: 0, startedAt: new Date() })
    .where(
      and(
        eq(seasonPlans.status, "queued"),
        eq(
          seasonPlans.id,
          sql`(select id from ${seasonPlans} where status = 'queued' order by created_at, id limit 1 for update skip locked)`,
        ),
      ),
    )
    .returning();
  return row ?? null;
}

export async function setPlanProgress(db: Db, id: string, stage: string, progress: number): Promise<void> {
  await db
    .update(seasonPlans)
    .set({ stage, progress })
    .where(and(eq(seasonPlans.id, id), eq(seasonPlans.status, "running")));
}

export async function failPlan(db: Db, id: string, errorKey: string): Promise<void> {
  await db
    .update(seasonPlans)
    .set({ status: "failed", error: errorKey, finishedAt: new Date() })
    .where(and(eq(seasonPlans.id, id), inArray(seasonPlans.status, ["queued", "running"])));
}

/** Plans a stopped process left queued or running can never finish: they are marked failed with this key. */
export async function failUnfinishedPlans(db: Db, errorKey: string): Promise<number> {
  const rows = await db
    .update(seasonPlans)
    .set({ status: "failed", error: errorKey, finishedAt: new Date() })
    .where(inArray(seasonPlans.status, ["queued", "running"]))
    .returning({ id: seasonPlans.id });
  return rows.length;
}

/** Stores a finished plan's results and marks it done, in the caller's transaction. */
export async function storePlanResults(
  db: Db,
  id: string,
  results: { totals: SeasonPlanRow["totals"]; fairness: SeasonPlanRow["fairness"]; assignments: NewAssignment[]; chains: NewChain[] },
): Promise<void> {
  for (let i = 0; i < results.assignments.length; i += INSERT_BATCH)
    await db.insert(seasonPlanAssignments).values(results.assignments.slice(i, i + INSERT_BATCH));
  for (let i = 0; i < results.chains.length; i += INSERT_BATCH)
    await db.insert(seasonPlanChains).values(results.chains.slice(i, i + INSERT_BATCH));
  await db
    .update(seasonPlans)
    .set({ status: "done", stage: null, progress: 1, totals: results.totals, fairness: results.fairness, finishedAt: new Date() })
    .where(eq(seasonPlans.id, id));
}

/** What a person needs to know of an offer at a glance, joined from the offer, its employer and its site. */
const offerSummaryColumns = {
  id: jobOffers.id,
  title: jobOffers.title,
  occupationUri: jobOffers.occupationUri,
  employerName: employers.legalName,
  siteName: employerSites.name,
  regionCode: employerSites.regionCode,
  startDate: jobOffers.startDate,
  endDate: jobOffers.endDate,
  payAmountCents: jobOffers.payAmountCents,
  payUnit: jobOffers.payUnit,
  hoursPerWeek: jobOffers.hoursPerWeek,
  accommodationProvided: jobOffers.accommodationProvided,
  transportProvided: jobOffers.transportProvided,
  mealsProvided: jobOffers.mealsProvided,
  positions: jobOffers.positions,
};

export interface AssignmentQuery {
  search?: string | undefined;
  decision?: string | undefined;
}

/** A plan's proposed assignments, best score first, with the worker and the offer; erased workers are left out. */
export async function listPlanAssignments(db: Db, planId: string, query: AssignmentQuery, page: PageQuery) {
  const conditions = [eq(seasonPlanAssignments.planId, planId), notErased(seasonPlanAssignments.workerId)];
  if (query.decision) conditions.push(eq(seasonPlanAssignments.decision, query.decision));
  if (query.search) conditions.push(sql`${workers.searchText} like ${`%${foldForSearch(query.search).replace(/[\\%_]/g, "\\$&")}%`}`);
  const where = and(...conditions);
  const items = await db
    .select({
      worker: { id: workers.id, givenName: workers.givenName, familyName: workers.familyName, regionCode: workers.regionCode },
      offer: offerSummaryColumns,
      score: seasonPlanAssignments.score,
      reasons: seasonPlanAssignments.reasons,
      decision: seasonPlanAssignments.decision,
      referralId: seasonPlanAssignments.referralId,
    })
    .from(seasonPlanAssignments)
    .innerJoin(workers, eq(workers.id, seasonPlanAssignments.workerId))
    .innerJoin(jobOffers, eq(jobOffers.id, seasonPlanAssignments.offerId))
    .innerJoin(employers, eq(employers.id, jobOffers.employerId))
    .innerJoin(employerSites, eq(employerSites.id, jobOffers.siteId))
    .where(where)
    .orderBy(desc(seasonPlanAssignments.score), asc(workers.familyName), asc(workers.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const [total] = await // Every assignment has its offer, employer and site (foreign keys): only the worker's name is needed to count.
  db.select({ n: count() }).from(seasonPlanAssignments).innerJoin(workers, eq(workers.id, seasonPlanAssignments.workerId)).where(where);
  return { items, total: total?.n ?? 0, ...page };
}

/** The assignments of a plan for these workers (one per worker), to decide on. */
export async function findPlanAssignments(db: Db, planId: string, workerIds: readonly string[]) {
  if (workerIds.length === 0) return [];
  return db
    .select()
    .from(seasonPlanAssignments)
    .where(and(eq(seasonPlanAssignments.planId, planId), inArray(seasonPlanAssignments.workerId, [...workerIds])));
}

export async function decideAssignment(
  db: Db,
  key: { planId: string; workerId: string },
  decision: { decision: "accepted" | "rejected"; referralId: string | null; decidedBy: string },
): Promise<void> {
  await db
    .update(seasonPlanAssignments)
    .set({ ...decision, decidedAt: new Date() })
    .where(and(eq(seasonPlanAssignments.planId, key.planId), eq(seasonPlanAssignments.workerId, key.workerId)));
}

/** A worker's stored chain in a plan; null when the plan did not take the worker in (or their file was erased). */
export async function findWorkerChain(db: Db, planId: string, workerId: string) {
  const [chain] = await db
    .select()
    .from(seasonPlanChains)
    .where(and(eq(seasonPlanChains.planId, planId), eq(seasonPlanChains.workerId, workerId), notErased(seasonPlanChains.workerId)));
  return chain ?? null;
}

/** Offer summaries, by id. */
export async function offerSummariesByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ ...offerSummaryColumns, latitude: employerSites.latitude, longitude: employerSites.longitude })
    .from(jobOffers)
    .innerJoin(employers, eq(employers.id, jobOffers.employerId))
    .innerJoin(employerSites, eq(employerSites.id, jobOffers.siteId))
    .where(inArray(jobOffers.id, [...ids]));
}
