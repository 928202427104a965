import { and, eq, inArray } from "drizzle-orm";
import type { Sector } from "../../core/reference/codes.js";
import type { Database, Transaction } from "../database.js";
import { employerSites, employers } from "../schema/employers.js";
import { jobOffers } from "../schema/offers.js";
import { referrals } from "../schema/referrals.js";
import { workers } from "../schema/workers.js";
import { isReferralOpen, type ReferralStage } from "../../core/referrals/referral-stages.js";

type Db = Database | Transaction;

/** An offer with what matching and its presentation need: site place, employer name and sector. */
export async function loadOffersForMatching(db: Db, where: { centreId: string; offerId?: string; publishedOnly: boolean }) {
  const conditions = [eq(jobOffers.centreId, where.centreId)];
  if (where.offerId) conditions.push(eq(jobOffers.id, where.offerId));
  if (where.publishedOnly) conditions.push(eq(jobOffers.status, "published"));
  const rows = await db
    .select({ offer: jobOffers, employerName: employers.legalName, sector: employers.sector, siteName: employerSites.name, regionCode: employerSites.regionCode, latitude: employerSites.latitude, longitude: employerSites.longitude })
    .from(jobOffers)
    .innerJoin(employers, eq(employers.id, jobOffers.employerId))
    .innerJoin(employerSites, eq(employerSites.id, jobOffers.siteId))
    .where(and(...conditions));
  return rows.map((r) => ({ ...r, sector: r.sector as Sector }));
}
export type OfferForMatching = Awaited<ReturnType<typeof loadOffersForMatching>>[number];

export async function loadWorkersForMatching(db: Db, where: { centreId: string; workerId?: string }) {
  const conditions = [eq(workers.centreId, where.centreId)];
  if (where.workerId) conditions.push(eq(workers.id, where.workerId));
  return db.select().from(workers).where(and(...conditions));
}
export type WorkerForMatching = Awaited<ReturnType<typeof loadWorkersForMatching>>[number];

/** The live or last referral between workers and offers, keyed "offerId:workerId". */
export async function referralStatesFor(db: Db, filter: { offerIds?: string[]; workerIds?: string[] }) {
  const conditions = [];
  if (filter.offerIds) conditions.push(inArray(referrals.offerId, filter.offerIds));
  if (filter.workerIds) conditions.push(inArray(referrals.workerId, filter.workerIds));
  if (conditions.length === 0) return new Map<string, { id: string; stage: ReferralStage }>();
  const rows = await db.select({ id: referrals.id, offerId: referrals.offerId, workerId: referrals.workerId, stage: referrals.stage, createdAt: referrals.createdAt }).from(referrals).where(and(...conditions));
  const states = new Map<string, { id: string; stage: ReferralStage }>();
  for (const row of rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const key = `${row.offerId}:${row.workerId}`;
    const stage = row.stage as ReferralStage;
    // An open referral wins over older closed ones.
    if (!states.has(key) || isReferralOpen(stage) || !isReferralOpen(states.get(key)?.stage as ReferralStage)) states.set(key, { id: row.id, stage });
  }
  return states;
}
