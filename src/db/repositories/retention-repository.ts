import { and, count, eq, lt, type SQL, sql } from "drizzle-orm";
import type { Database, Transaction } from "../database.js";
import { auditEntries } from "../schema/audit.js";
import { sessions, users, verifications } from "../schema/auth.js";
import { outboxMessages } from "../schema/outbox.js";
import { erasures } from "../schema/privacy.js";
import { referrals } from "../schema/referrals.js";
import { consents, workers } from "../schema/workers.js";
import { consentGranted, notErased } from "./consent-conditions.js";

type Db = Database | Transaction;

/** Whose records a sweep covers: one centre, or every centre (null). */
export type RetentionScope = { centreId: string | null };

const inCentre = (column: Parameters<typeof eq>[0], scope: RetentionScope): SQL | undefined =>
  scope.centreId === null ? undefined : eq(column, scope.centreId);

/** The last time anything happened on a worker's file: an edit, a candidacy, a consent, a sign-in. */
const lastActivity = sql`greatest(
  ${workers.updatedAt},
  (select max(r.updated_at) from ${referrals} r where r.worker_id = ${workers.id}),
  (select max(c.recorded_at) from ${consents} c where c.worker_id = ${workers.id}),
  (select max(s.created_at) from ${sessions} s join ${users} u on u.id = s.user_id where u.worker_id = ${workers.id})
)`;

/** Worker files past their period: no activity since `inactiveBefore`, or consent to keep the file withdrawn before `withdrawnBefore`. */
export async function workerFilesDue(db: Db, scope: RetentionScope, cutoffs: { inactiveBefore: Date; withdrawnBefore: Date }) {
  const withdrawnLongAgo = sql`(not ${consentGranted(workers.id, "profile_processing")} and (select max(c.recorded_at) from ${consents} c
    where c.worker_id = ${workers.id} and c.purpose = 'profile_processing') < ${cutoffs.withdrawnBefore.toISOString()})`;
  const rows = await db
    .select({ id: workers.id, centreId: workers.centreId })
    .from(workers)
    .where(
      and(
        inCentre(workers.centreId, scope),
        notErased(workers.id),
        sql`(${lastActivity} < ${cutoffs.inactiveBefore.toISOString()} or ${withdrawnLongAgo})`,
      ),
    )
    .orderBy(workers.id);
  return rows;
}

/** Consent records kept as proof for files erased before the cutoff. */
function consentProofsWhere(scope: RetentionScope, erasedBefore: Date): SQL | undefined {
  const erasedIds = sql`(select e.subject_id from ${erasures} e where e.subject_type = 'worker' and e.erased_at < ${erasedBefore.toISOString()})`;
  return and(inCentre(consents.centreId, scope), sql`${consents.workerId} in ${erasedIds}`);
}

export async function countConsentProofsDue(db: Db, scope: RetentionScope, erasedBefore: Date) {
  return countOf(db.select({ n: count() }).from(consents).where(consentProofsWhere(scope, erasedBefore)));
}
export async function deleteConsentProofsDue(db: Db, scope: RetentionScope, erasedBefore: Date) {
  return (await db.delete(consents).where(consentProofsWhere(scope, erasedBefore)).returning({ id: consents.id })).length;
}

/** Sessions and one-time codes that expired before the cutoff: technical, no centre, swept for everyone. */
export async function countExpiredSignIns(db: Db, expiredBefore: Date) {
  const a = await countOf(db.select({ n: count() }).from(sessions).where(lt(sessions.expiresAt, expiredBefore)));
  const b = await countOf(db.select({ n: count() }).from(verifications).where(lt(verifications.expiresAt, expiredBefore)));
  return a + b;
}
export async function deleteExpiredSignIns(db: Db, expiredBefore: Date) {
  const a = await db.delete(sessions).where(lt(sessions.expiresAt, expiredBefore)).returning({ id: sessions.id });
  const b = await db.delete(verifications).where(lt(verifications.expiresAt, expiredBefore)).returning({ id: verifications.id });
  return a.length + b.length;
}

const messagesWhere = (scope: RetentionScope, sentBefore: Date) =>
  and(inCentre(outboxMessages.centreId, scope), lt(outboxMessages.createdAt, sentBefore));

export async function countMessagesDue(db: Db, scope: RetentionScope, sentBefore: Date) {
  return countOf(db.select({ n: count() }).from(outboxMessages).where(messagesWhere(scope, sentBefore)));
}
export async function deleteMessagesDue(db: Db, scope: RetentionScope, sentBefore: Date) {
  return (await db.delete(outboxMessages).where(messagesWhere(scope, sentBefore)).returning({ id: outboxMessages.id })).length;
}

/** Audit entries past their period. The audit table is append-only, so they are counted here and archived by the operator. */
export async function countAuditDue(db: Db, scope: RetentionScope, before: Date) {
  return countOf(
    db
      .select({ n: count() })
      .from(auditEntries)
      .where(and(inCentre(auditEntries.centreId, scope), lt(auditEntries.at, before))),
  );
}

async function countOf(query: PromiseLike<{ n: number }[]>): Promise<number> {
  const [row] = await query;
  return row?.n ?? 0;
}
