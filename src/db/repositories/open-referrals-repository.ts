import { and, eq, inArray, sql } from "drizzle-orm";
import { isReferralOpen, REFERRAL_STAGES } from "../../core/referrals/referral-stages.js";
import type { Database, Transaction } from "../database.js";
import { referralEvents, referrals } from "../schema/referrals.js";

type Db = Database | Transaction;

const OPEN_STAGES = REFERRAL_STAGES.filter(isReferralOpen);

/**
 * Withdraws every open candidacy of a worker (proposed, referred, interview), each with its event, when the
 * processing it rests on has stopped. Returns how many were withdrawn.
 */
export async function withdrawOpenReferrals(db: Db, workerId: string, by: { userId: string; role: string; reason: string }) {
  const open = await db
    .select({ id: referrals.id, centreId: referrals.centreId, stage: referrals.stage })
    .from(referrals)
    .where(and(eq(referrals.workerId, workerId), inArray(referrals.stage, OPEN_STAGES)));
  if (open.length === 0) return 0;
  await db
    .update(referrals)
    .set({ stage: "withdrawn", updatedAt: new Date(), version: sql`${referrals.version} + 1` })
    .where(
      inArray(
        referrals.id,
        open.map((r) => r.id),
      ),
    );
  await db.insert(referralEvents).values(
    open.map((r) => ({
      centreId: r.centreId,
      referralId: r.id,
      fromStage: r.stage,
      toStage: "withdrawn",
      byUserId: by.userId,
      byRole: by.role,
      reason: by.reason,
    })),
  );
  return open.length;
}
