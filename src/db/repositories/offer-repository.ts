import { and, asc, count, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import type { ListFilter } from "../../core/access/policy.js";
import type { GeoPoint } from "../../core/matching/match-inputs.js";
import type { OfferStatus } from "../../core/offers/offer-lifecycle.js";
import type { Offer, OfferInput, OfferListQuery } from "../../core/offers/offer-schemas.js";
import type { Sector } from "../../core/reference/codes.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database, Transaction } from "../database.js";
import { employerSites, employers } from "../schema/employers.js";
import { jobOffers, offerStatusEvents } from "../schema/offers.js";
import { foldedContains } from "./folded-search.js";
import { offsetOf, scopeCondition } from "./list-scope.js";

type Db = Database | Transaction;

/** An offer with what matching needs from its employer and site: the sector and where the work is. */
export type OfferWithSite = Offer & { sector: Sector; location: GeoPoint | null };

/** Every read of an offer joins its employer and site: the API shows their names and the site's region. */
const offerColumns = {
  offer: jobOffers,
  employerName: employers.legalName,
  sector: employers.sector,
  siteName: employerSites.name,
  regionCode: employerSites.regionCode,
  latitude: employerSites.latitude,
  longitude: employerSites.longitude,
};

function selectOffers(db: Db) {
  return db
    .select(offerColumns)
    .from(jobOffers)
    .innerJoin(employers, eq(employers.id, jobOffers.employerId))
    .innerJoin(employerSites, eq(employerSites.id, jobOffers.siteId));
}

type JoinedRow = Awaited<ReturnType<ReturnType<typeof selectOffers>["execute"]>>[number];

function toOffer({ offer, employerName, siteName, regionCode }: JoinedRow): Offer {
  return {
    ...offer,
    payUnit: offer.payUnit as Offer["payUnit"],
    contractType: offer.contractType as Offer["contractType"],
    status: offer.status as OfferStatus,
    employerName,
    siteName,
    regionCode,
    createdAt: offer.createdAt.toISOString(),
    updatedAt: offer.updatedAt.toISOString(),
  };
}

function toOfferWithSite(row: JoinedRow): OfferWithSite {
  const location = row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lon: row.longitude } : null;
  return { ...toOffer(row), sector: row.sector as Sector, location };
}

export async function findOffer(db: Db, id: string): Promise<Offer | null> {
  const [row] = await selectOffers(db).where(eq(jobOffers.id, id));
  return row ? toOffer(row) : null;
}

/** One offer with its site's coordinates and its employer's sector, for ranking candidates. */
export async function findOfferWithSite(db: Db, id: string): Promise<OfferWithSite | null> {
  const [row] = await selectOffers(db).where(eq(jobOffers.id, id));
  return row ? toOfferWithSite(row) : null;
}

/**
 * Published offers, the only ones a worker can be matched with, soonest first: a centre's, or every centre's (the
 * matching index), and only those listed when ids are given.
 */
export async function listPublishedOffersForMatching(
  db: Db,
  where: { centreId?: string; ids?: readonly string[] },
): Promise<OfferWithSite[]> {
  const conditions = [eq(jobOffers.status, "published")];
  if (where.centreId) conditions.push(eq(jobOffers.centreId, where.centreId));
  if (where.ids) conditions.push(inArray(jobOffers.id, [...where.ids]));
  const rows = await selectOffers(db)
    .where(and(...conditions))
    .orderBy(asc(jobOffers.startDate), asc(jobOffers.id));
  return rows.map(toOfferWithSite);
}

/** A new offer starts as a draft; its first status event records who created it. */
export async function insertOffer(db: Db, centreId: string, input: OfferInput, byUserId: string): Promise<Offer> {
  const [row] = await db
    .insert(jobOffers)
    .values({ ...input, centreId, status: "draft" })
    .returning({ id: jobOffers.id });
  if (!row) throw new Error("insert returned no row");
  await db.insert(offerStatusEvents).values({ centreId, offerId: row.id, fromStatus: null, toStatus: "draft", byUserId });
  return (await findOffer(db, row.id)) as Offer;
}

/** Writes the new fields if the version is still the one read; returns null when someone else changed it first. */
export async function updateOffer(db: Db, current: Offer, next: Omit<OfferInput, "employerId">): Promise<Offer | null> {
  const [row] = await db
    .update(jobOffers)
    .set({ ...next, updatedAt: new Date(), version: current.version + 1 })
    .where(and(eq(jobOffers.id, current.id), eq(jobOffers.version, current.version)))
    .returning({ id: jobOffers.id });
  return row ? findOffer(db, row.id) : null;
}

/** Moves the offer to a new status and records the move; returns null when someone else changed it first. */
export async function moveOfferStatus(db: Db, current: Offer, to: OfferStatus, byUserId: string): Promise<Offer | null> {
  const [row] = await db
    .update(jobOffers)
    .set({ status: to, updatedAt: new Date(), version: current.version + 1 })
    .where(and(eq(jobOffers.id, current.id), eq(jobOffers.version, current.version)))
    .returning({ id: jobOffers.id });
  if (!row) return null;
  await db
    .insert(offerStatusEvents)
    .values({ centreId: current.centreId, offerId: current.id, fromStatus: current.status, toStatus: to, byUserId });
  return findOffer(db, row.id);
}

function filterConditions(query: OfferListQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.q) conditions.push(foldedContains([jobOffers.title, employers.legalName], query.q));
  if (query.status) conditions.push(eq(jobOffers.status, query.status));
  if (query.employerId) conditions.push(eq(jobOffers.employerId, query.employerId));
  if (query.occupation) conditions.push(eq(jobOffers.occupationUri, query.occupation));
  // from/to select offers whose dates overlap the window, so a season's search finds work already under way.
  if (query.from) conditions.push(gte(jobOffers.endDate, query.from));
  if (query.to) conditions.push(lte(jobOffers.startDate, query.to));
  return conditions;
}

export async function listOffers(db: Db, scope: ListFilter, query: OfferListQuery, page: PageQuery): Promise<Page<Offer>> {
  const where = and(scopeCondition(scope, { centreId: jobOffers.centreId, employerId: jobOffers.employerId }), ...filterConditions(query));
  const rows = await selectOffers(db)
    .where(where)
    .orderBy(asc(jobOffers.startDate), asc(jobOffers.title), asc(jobOffers.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const totals = await db
    .select({ total: count() })
    .from(jobOffers)
    .innerJoin(employers, eq(employers.id, jobOffers.employerId))
    .where(where);
  return { items: rows.map(toOffer), total: totals[0]?.total ?? 0, page: page.page, pageSize: page.pageSize };
}
