import { and, eq, inArray } from "drizzle-orm";
import { CONSENT_REQUIRED_FOR } from "../../core/privacy/consent-effects.js";
import { isReferralOpen, type ReferralStage } from "../../core/referrals/referral-stages.js";
import type { Database, Transaction } from "../database.js";
import { referrals } from "../schema/referrals.js";
import { workers } from "../schema/workers.js";
import { consentGranted, notErased } from "./consent-conditions.js";

type Db = Database | Transaction;

/**
 * Workers who may be matched — their file is not erased and they have not withdrawn consent to process it — of one
 * centre or of all (the matching index), and only those listed when ids are given.
 */
export async function loadWorkersForMatching(db: Db, where: { centreId?: string; workerIds?: readonly string[] }) {
  const conditions = [notErased(workers.id), consentGranted(workers.id, CONSENT_REQUIRED_FOR.matching)];
  if (where.centreId) conditions.push(eq(workers.centreId, where.centreId));
  if (where.workerIds) conditions.push(inArray(workers.id, [...where.workerIds]));
  return db
    .select()
    .from(workers)
    .where(and(...conditions));
}
export type WorkerForMatching = Awaited<ReturnType<typeof loadWorkersForMatching>>[number];

/** The live or last referral between workers and offers, keyed "offerId:workerId". */
export async function referralStatesFor(db: Db, filter: { offerIds?: string[]; workerIds?: string[] }) {
  const conditions = [];
  if (filter.offerIds) conditions.push(inArray(referrals.offerId, filter.offerIds));
  if (filter.workerIds) conditions.push(inArray(referrals.workerId, filter.workerIds));
  if (conditions.length === 0) return new Map<string, { id: string; stage: ReferralStage }>();
  const rows = await db
    .select({
      id: referrals.id,
      offerId: referrals.offerId,
      workerId: referrals.workerId,
      stage: referrals.stage,
      createdAt: referrals.createdAt,
    })
    .from(referrals)
    .where(and(...conditions));
  const states = new Map<string, { id: string; stage: ReferralStage }>();
  for (const row of rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const key = `${row.offerId}:${row.workerId}`;
    const stage = row.stage as ReferralStage;
    // An open referral wins over older closed ones.
    if (!states.has(key) || isReferralOpen(stage) || !isReferralOpen(states.get(key)?.stage as ReferralStage))
      states.set(key, { id: row.id, stage });
  }
  return states;
}
