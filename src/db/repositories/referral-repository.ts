import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { ListFilter } from "../../core/access/policy.js";
import { summariseOffer } from "../../core/offers/offer-summary.js";
import { CONSENT_REQUIRED_FOR } from "../../core/privacy/consent-effects.js";
import type { PayUnit } from "../../core/reference/codes.js";
import type { PlacementInput, Referral } from "../../core/referrals/referral-schemas.js";
import { isVisibleToEmployer, REFERRAL_STAGES, type ReferralStage } from "../../core/referrals/referral-stages.js";
import type { PageQuery } from "../../core/shared/pagination.js";
import type { Database, Transaction } from "../database.js";
import { employerSites, employers } from "../schema/employers.js";
import { jobOffers } from "../schema/offers.js";
import { placements, referralEvents, referrals } from "../schema/referrals.js";
import { workers } from "../schema/workers.js";
import { consentGranted, notErased } from "./consent-conditions.js";
import { offsetOf } from "./list-scope.js";

type Db = Database | Transaction;

const referralColumns = {
  referral: referrals,
  offer: jobOffers,
  siteName: employerSites.name,
  regionCode: employerSites.regionCode,
  offerTitle: jobOffers.title,
  employerId: jobOffers.employerId,
  employerName: employers.legalName,
  workerName: workers.givenName,
  workerFamilyName: workers.familyName,
};

function joined(db: Db) {
  return db
    .select(referralColumns)
    .from(referrals)
    .innerJoin(jobOffers, eq(jobOffers.id, referrals.offerId))
    .innerJoin(employers, eq(employers.id, jobOffers.employerId))
    .innerJoin(employerSites, eq(employerSites.id, jobOffers.siteId))
    .innerJoin(workers, eq(workers.id, referrals.workerId));
}

type JoinedRow = Awaited<ReturnType<ReturnType<typeof joined>["where"]>>[number];

function toReferral(row: JoinedRow): Referral {
  const r = row.referral;
  return {
    id: r.id,
    centreId: r.centreId,
    offerId: r.offerId,
    offerTitle: row.offerTitle,
    offer: summariseOffer({
      ...row.offer,
      payUnit: row.offer.payUnit as PayUnit,
      employerName: row.employerName,
      siteName: row.siteName,
      regionCode: row.regionCode,
    }),
    employerId: row.employerId,
    employerName: row.employerName,
    workerId: r.workerId,
    workerName: `${row.workerName} ${row.workerFamilyName}`,
    stage: r.stage as ReferralStage,
    declineReason: r.declineReason as Referral["declineReason"],
    score: r.score,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

export async function findReferral(db: Db, id: string): Promise<Referral | null> {
  const [row] = await joined(db).where(eq(referrals.id, id));
  return row ? toReferral(row) : null;
}

/** Employers never see a candidacy the worker has not agreed to. */
const EMPLOYER_VISIBLE_STAGES = REFERRAL_STAGES.filter(isVisibleToEmployer);

function scopeOf(scope: ListFilter): SQL | undefined {
  switch (scope.kind) {
    case "any":
      return undefined;
    case "centre":
      return eq(referrals.centreId, scope.centreId);
    case "own-worker":
      return and(eq(referrals.centreId, scope.centreId), eq(referrals.workerId, scope.workerId));
    case "own-employer":
      return and(
        eq(referrals.centreId, scope.centreId),
        eq(jobOffers.employerId, scope.employerId),
        inArray(referrals.stage, EMPLOYER_VISIBLE_STAGES),
        // Sharing with employers stops as soon as the worker withdraws that consent.
        consentGranted(referrals.workerId, CONSENT_REQUIRED_FOR.employer_sharing),
      );
  }
}

export async function listReferrals(
  db: Db,
  scope: ListFilter,
  query: { offerId?: string; workerId?: string; stage?: ReferralStage },
  page: PageQuery,
) {
  const where = and(
    scopeOf(scope),
    notErased(referrals.workerId),
    query.offerId ? eq(referrals.offerId, query.offerId) : undefined,
    query.workerId ? eq(referrals.workerId, query.workerId) : undefined,
    query.stage ? eq(referrals.stage, query.stage) : undefined,
  );
  const rows = await joined(db)
    .where(where)
    .orderBy(desc(referrals.updatedAt), desc(referrals.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const totals = await db.select({ total: count() }).from(referrals).innerJoin(jobOffers, eq(jobOffers.id, referrals.offerId)).where(where);
  return { items: rows.map(toReferral), total: totals[0]?.total ?? 0, page: page.page, pageSize: page.pageSize };
}

export async function insertReferral(
  db: Db,
  values: { centreId: string; offerId: string; workerId: string; stage: ReferralStage; score: number; note: string; createdBy: string },
) {
  const [row] = await db.insert(referrals).values(values).returning({ id: referrals.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/** Moves a referral on if nobody moved it since it was read; false when someone did. */
export async function updateReferralStage(
  db: Db,
  current: { id: string; version: number },
  to: ReferralStage,
  declineReason: string | null,
) {
  const rows = await db
    .update(referrals)
    .set({ stage: to, declineReason, updatedAt: new Date(), version: current.version + 1 })
    .where(and(eq(referrals.id, current.id), eq(referrals.version, current.version)))
    .returning({ id: referrals.id });
  return rows.length === 1;
}

export async function insertReferralEvent(db: Db, event: typeof referralEvents.$inferInsert) {
  await db.insert(referralEvents).values(event);
}

export async function insertPlacement(db: Db, referral: Referral, placement: PlacementInput) {
  const [row] = await db
    .insert(placements)
    .values({
      ...placement,
      centreId: referral.centreId,
      referralId: referral.id,
      workerId: referral.workerId,
      offerId: referral.offerId,
      employerId: referral.employerId,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function countPlacements(db: Db, offerId: string): Promise<number> {
  const [row] = await db.select({ total: count() }).from(placements).where(eq(placements.offerId, offerId));
  return row?.total ?? 0;
}
