import { and, asc, desc, eq, inArray, or } from "drizzle-orm";
import type { Database, Transaction } from "../database.js";
import { attachments } from "../schema/attachments.js";
import { auditEntries } from "../schema/audit.js";
import { sessions, users } from "../schema/auth.js";
import { centres } from "../schema/centres.js";
import { employerSites, employers } from "../schema/employers.js";
import { jobOffers } from "../schema/offers.js";
import { outboxMessages } from "../schema/outbox.js";
import { placements, referralEvents, referrals } from "../schema/referrals.js";
import { consents } from "../schema/workers.js";

type Db = Database | Transaction;

/**
 * The rows held about one worker beyond the file itself, for their copy of their data. Staff appear by role only;
 * employers by company name, never their contact person; no other worker is ever joined in.
 */
export async function loadWorkerExportRows(db: Db, worker: { id: string; centreId: string; phone: string }) {
  const [centre] = await db.select({ name: centres.name, country: centres.country }).from(centres).where(eq(centres.id, worker.centreId));
  const [account] = await db
    .select({ id: users.id, phoneNumber: users.phoneNumber, locale: users.locale, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.workerId, worker.id));
  const accountSessions = account
    ? await db
        .select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt, userAgent: sessions.userAgent })
        .from(sessions)
        .where(eq(sessions.userId, account.id))
        .orderBy(desc(sessions.createdAt))
    : [];
  const consentRows = await db
    .select({
      purpose: consents.purpose,
      granted: consents.granted,
      method: consents.method,
      note: consents.note,
      recordedAt: consents.recordedAt,
      recordedByRole: users.role,
    })
    .from(consents)
    .leftJoin(users, eq(users.id, consents.recordedBy))
    .where(eq(consents.workerId, worker.id))
    .orderBy(desc(consents.recordedAt));
  const referralRows = await db
    .select({
      id: referrals.id,
      offerTitle: jobOffers.title,
      employerName: employers.legalName,
      siteName: employerSites.name,
      regionCode: employerSites.regionCode,
      stage: referrals.stage,
      declineReason: referrals.declineReason,
      note: referrals.note,
      createdAt: referrals.createdAt,
      updatedAt: referrals.updatedAt,
    })
    .from(referrals)
    .innerJoin(jobOffers, eq(jobOffers.id, referrals.offerId))
    .innerJoin(employers, eq(employers.id, jobOffers.employerId))
    .innerJoin(employerSites, eq(employerSites.id, jobOffers.siteId))
    .where(eq(referrals.workerId, worker.id))
    .orderBy(desc(referrals.createdAt));
  const referralIds = referralRows.map((r) => r.id);
  const eventRows =
    referralIds.length === 0
      ? []
      : await db
          .select({
            referralId: referralEvents.referralId,
            fromStage: referralEvents.fromStage,
            toStage: referralEvents.toStage,
            byRole: referralEvents.byRole,
            reason: referralEvents.reason,
            note: referralEvents.note,
            at: referralEvents.at,
          })
          .from(referralEvents)
          .where(inArray(referralEvents.referralId, referralIds))
          .orderBy(asc(referralEvents.at));
  const placementRows = await db
    .select({
      employerName: employers.legalName,
      offerTitle: jobOffers.title,
      contractType: placements.contractType,
      startDate: placements.startDate,
      endDate: placements.endDate,
      payAmountCents: placements.payAmountCents,
      payUnit: placements.payUnit,
      hoursPerWeek: placements.hoursPerWeek,
    })
    .from(placements)
    .innerJoin(employers, eq(employers.id, placements.employerId))
    .innerJoin(jobOffers, eq(jobOffers.id, placements.offerId))
    .where(eq(placements.workerId, worker.id))
    .orderBy(desc(placements.startDate));
  const attachmentRows = await db
    .select({
      id: attachments.id,
      kind: attachments.kind,
      fileName: attachments.fileName,
      mediaType: attachments.mediaType,
      size: attachments.size,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .where(eq(attachments.workerId, worker.id))
    .orderBy(desc(attachments.createdAt));
  const messageRows = await db
    .select({ channel: outboxMessages.channel, purpose: outboxMessages.purpose, createdAt: outboxMessages.createdAt })
    .from(outboxMessages)
    .where(eq(outboxMessages.recipient, worker.phone))
    .orderBy(desc(outboxMessages.createdAt));
  const recordIds = (type: string, ids: string[]) =>
    ids.length === 0 ? undefined : and(eq(auditEntries.entityType, type), inArray(auditEntries.entityId, ids));
  const accessRows = await db
    .select({ at: auditEntries.at, role: auditEntries.actorRole, action: auditEntries.action, outcome: auditEntries.outcome })
    .from(auditEntries)
    .where(
      or(
        recordIds("worker", [worker.id]),
        recordIds("referral", referralIds),
        recordIds(
          "attachment",
          attachmentRows.map((a) => a.id),
        ),
      ),
    )
    .orderBy(desc(auditEntries.at));
  return {
    centre: centre ?? { name: "", country: "" },
    account: account ? { ...account, sessions: accountSessions } : null,
    consents: consentRows,
    referrals: referralRows.map((r) => ({ ...r, events: eventRows.filter((e) => e.referralId === r.id) })),
    placements: placementRows,
    attachments: attachmentRows,
    messages: messageRows,
    accessLog: accessRows,
  };
}
