import { and, eq, inArray, like, sql } from "drizzle-orm";
import type { ErasureReason } from "../../core/privacy/privacy-schemas.js";
import type { Database, Transaction } from "../database.js";
import { attachments } from "../schema/attachments.js";
import { users, verifications } from "../schema/auth.js";
import { outboxMessages } from "../schema/outbox.js";
import { erasures } from "../schema/privacy.js";
import { referralEvents, referrals } from "../schema/referrals.js";
import { seasonPlanAssignments, seasonPlanChains } from "../schema/season-plans.js";
import { consents, workers } from "../schema/workers.js";
import { clearCheckInComments } from "./check-in-repository.js";
import { forgetIdempotentAnswersAbout } from "./idempotency-repository.js";

type Db = Database | Transaction;

/** The phone column is unique and required: an erased file keeps a value that names nobody. */
const erasedPhone = (workerId: string) => `erased:${workerId}`;

/** What is left of a worker's file after erasure: no personal field, only the row that statistics count. */
function anonymousFile(workerId: string) {
  return {
    givenName: "",
    familyName: "",
    phone: erasedPhone(workerId),
    whatsapp: false,
    gender: "undisclosed",
    birthYear: 0,
    nationality: "",
    preferredLanguage: "en",
    regionCode: "",
    drivingLicence: false,
    ownTransport: false,
    willingToRelocate: false,
    childcareNeeded: false,
    travellingWithFamily: false,
    languages: [],
    authorisations: [],
    occupations: [],
    skills: [],
    certificates: [],
    availability: [],
    preferences: { sectors: [], minHourlyPayCents: null, accommodationNeeded: false },
    permitValidUntil: null,
    permitOpenEnded: false,
    searchText: "",
    updatedAt: new Date(),
  };
}

/**
 * Irreversibly removes a worker's personal data: the file's fields, free text in consents and candidacies, the
 * sign-in account (with its sessions, credentials and one-time codes), messages to their phone, attachments and
 * stored answers that contain the file. Keeps the anonymous rows that statistics count (placements, stages).
 * Returns false when there is no such worker; true when it held personal data that is now gone.
 */
export async function anonymiseWorker(db: Db, workerId: string): Promise<boolean> {
  const [row] = await db.select({ phone: workers.phone }).from(workers).where(eq(workers.id, workerId));
  if (!row) return false;
  const hadPersonalData = row.phone !== erasedPhone(workerId);
  await db
    .update(workers)
    .set({ ...anonymousFile(workerId), version: sql`${workers.version} + 1` })
    .where(eq(workers.id, workerId));
  await db.update(consents).set({ note: "" }).where(eq(consents.workerId, workerId));
  await db.update(referrals).set({ note: "" }).where(eq(referrals.workerId, workerId));
  await clearCheckInComments(db, workerId);
  await db
    .update(referralEvents)
    .set({ note: "" })
    .where(inArray(referralEvents.referralId, db.select({ id: referrals.id }).from(referrals).where(eq(referrals.workerId, workerId))));
  await db.delete(attachments).where(eq(attachments.workerId, workerId));
  // A season plan's proposals and chains for the worker say where they would work and why.
  await db.delete(seasonPlanAssignments).where(eq(seasonPlanAssignments.workerId, workerId));
  await db.delete(seasonPlanChains).where(eq(seasonPlanChains.workerId, workerId));
  await db.delete(users).where(eq(users.workerId, workerId));
  if (hadPersonalData) {
    await db.delete(verifications).where(like(verifications.identifier, `%${row.phone}%`));
    await db.delete(outboxMessages).where(eq(outboxMessages.recipient, row.phone));
  }
  await forgetIdempotentAnswersAbout(db, workerId);
  return hadPersonalData;
}

export interface ErasureEntry {
  centreId: string;
  subjectType: "worker";
  subjectId: string;
  reason: ErasureReason;
  byRole: string | null;
  erasedAt: Date;
}

/** Adds to the erasure list; an entry already there stays as it was. */
export async function insertErasures(db: Db, entries: readonly (Omit<ErasureEntry, "erasedAt"> & { erasedAt?: Date })[]) {
  if (entries.length === 0) return;
  await db
    .insert(erasures)
    .values([...entries])
    .onConflictDoNothing();
}

/** The erasure list, oldest first: what a restore must carry over and apply again. */
export async function listErasures(db: Db): Promise<ErasureEntry[]> {
  const rows = await db.select().from(erasures).orderBy(erasures.erasedAt);
  return rows.map((r) => ({
    centreId: r.centreId,
    subjectType: "worker",
    subjectId: r.subjectId,
    reason: r.reason as ErasureReason,
    byRole: r.byRole,
    erasedAt: r.erasedAt,
  }));
}

export async function findErasure(db: Db, workerId: string) {
  const [row] = await db
    .select()
    .from(erasures)
    .where(and(eq(erasures.subjectType, "worker"), eq(erasures.subjectId, workerId)));
  return row ?? null;
}
