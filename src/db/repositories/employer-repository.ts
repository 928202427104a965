import { and, asc, count, eq, inArray, type SQL } from "drizzle-orm";
import type { ListFilter } from "../../core/access/policy.js";
import type { Employer, EmployerDetails, EmployerInput, EmployerListQuery, EmployerSite } from "../../core/employers/employer-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database, Transaction } from "../database.js";
import { employerSites, employers } from "../schema/employers.js";
import { foldedContains } from "./folded-search.js";
import { offsetOf, scopeCondition } from "./list-scope.js";

type EmployerRow = typeof employers.$inferSelect;
type SiteRow = typeof employerSites.$inferSelect;
type Db = Database | Transaction;
type SiteInput = EmployerInput["sites"][number];

function toSite(row: SiteRow): EmployerSite {
  return { id: row.id, name: row.name, regionCode: row.regionCode, address: row.address, latitude: row.latitude, longitude: row.longitude };
}

function toEmployer(row: EmployerRow, sites: SiteRow[]): Employer {
  return {
    ...row,
    sector: row.sector as Employer["sector"],
    size: row.size as Employer["size"],
    sites: sites.map(toSite),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Sites of several employers in one query, grouped by employer, in a stable order. */
async function sitesOf(db: Db, employerIds: string[]): Promise<Map<string, SiteRow[]>> {
  const grouped = new Map<string, SiteRow[]>();
  if (employerIds.length === 0) return grouped;
  const rows = await db
    .select()
    .from(employerSites)
    .where(inArray(employerSites.employerId, employerIds))
    .orderBy(asc(employerSites.name), asc(employerSites.id));
  for (const row of rows) grouped.set(row.employerId, [...(grouped.get(row.employerId) ?? []), row]);
  return grouped;
}

export async function insertEmployer(db: Db, centreId: string, input: EmployerInput): Promise<Employer> {
  const { sites, ...details } = input;
  const [row] = await db
    .insert(employers)
    .values({ ...details, centreId })
    .returning();
  if (!row) throw new Error("insert returned no row");
  const siteRows = await db
    .insert(employerSites)
    .values(sites.map((site) => ({ ...site, centreId, employerId: row.id })))
    .returning();
  return toEmployer(row, siteRows);
}

export async function findEmployer(db: Db, id: string): Promise<Employer | null> {
  const [row] = await db.select().from(employers).where(eq(employers.id, id));
  if (!row) return null;
  return toEmployer(row, (await sitesOf(db, [id])).get(id) ?? []);
}

/** Tax ids are unique within a centre: the same company may register with two centres. */
export async function findEmployerByTaxId(db: Db, centreId: string, taxId: string): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: employers.id })
    .from(employers)
    .where(and(eq(employers.centreId, centreId), eq(employers.taxId, taxId)));
  return row ?? null;
}

/** Writes the new details if the version is still the one read; returns null when someone else changed it first. */
export async function updateEmployer(db: Db, current: Employer, next: EmployerDetails): Promise<Employer | null> {
  const [row] = await db
    .update(employers)
    .set({ ...next, updatedAt: new Date(), version: current.version + 1 })
    .where(and(eq(employers.id, current.id), eq(employers.version, current.version)))
    .returning();
  if (!row) return null;
  return toEmployer(row, (await sitesOf(db, [row.id])).get(row.id) ?? []);
}

/**
 * Adds a site and moves the employer to a new version, since its sites are part of what a client read; returns
 * null when someone else changed the employer first.
 */
export async function insertEmployerSite(
  db: Db,
  current: Employer,
  site: SiteInput,
): Promise<{ site: EmployerSite; version: number } | null> {
  const [bumped] = await db
    .update(employers)
    .set({ updatedAt: new Date(), version: current.version + 1 })
    .where(and(eq(employers.id, current.id), eq(employers.version, current.version)))
    .returning({ version: employers.version });
  if (!bumped) return null;
  const [row] = await db
    .insert(employerSites)
    .values({ ...site, centreId: current.centreId, employerId: current.id })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return { site: toSite(row), version: bumped.version };
}

/** The employer and centre a site belongs to, to check that an offer's site is its employer's. */
export async function findSiteOwner(db: Db, siteId: string): Promise<{ employerId: string; centreId: string } | null> {
  const [row] = await db
    .select({ employerId: employerSites.employerId, centreId: employerSites.centreId })
    .from(employerSites)
    .where(eq(employerSites.id, siteId));
  return row ?? null;
}

function filterConditions(query: EmployerListQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.q) conditions.push(foldedContains([employers.legalName, employers.taxId, employers.contactName], query.q));
  if (query.sector) conditions.push(eq(employers.sector, query.sector));
  return conditions;
}

export async function listEmployers(db: Db, scope: ListFilter, query: EmployerListQuery, page: PageQuery): Promise<Page<Employer>> {
  // An employer account's own record is the employer itself, so its id is the owner column.
  const where = and(scopeCondition(scope, { centreId: employers.centreId, employerId: employers.id }), ...filterConditions(query));
  const rows = await db
    .select()
    .from(employers)
    .where(where)
    .orderBy(asc(employers.legalName), asc(employers.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const totals = await db.select({ total: count() }).from(employers).where(where);
  const sites = await sitesOf(
    db,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) => toEmployer(row, sites.get(row.id) ?? [])),
    total: totals[0]?.total ?? 0,
    page: page.page,
    pageSize: page.pageSize,
  };
}
