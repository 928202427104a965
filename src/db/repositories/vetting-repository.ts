import { and, asc, desc, eq } from "drizzle-orm";
import type { Database, Transaction } from "../database.js";
import { users } from "../schema/auth.js";
import { employerDocuments, employerVetting, vettingEvents } from "../schema/vetting.js";

type Db = Database | Transaction;
export type VettingRow = typeof employerVetting.$inferSelect;
export type VettingEventRow = typeof vettingEvents.$inferSelect;
export type EmployerDocumentRow = Omit<typeof employerDocuments.$inferSelect, "bytes">;

/** Every column of a document but its bytes: lists and checks never load a file. */
const documentColumns = {
  id: employerDocuments.id,
  centreId: employerDocuments.centreId,
  employerId: employerDocuments.employerId,
  kind: employerDocuments.kind,
  fileName: employerDocuments.fileName,
  mediaType: employerDocuments.mediaType,
  size: employerDocuments.size,
  sha256: employerDocuments.sha256,
  verified: employerDocuments.verified,
  verifiedBy: employerDocuments.verifiedBy,
  verifiedAt: employerDocuments.verifiedAt,
  createdBy: employerDocuments.createdBy,
  createdAt: employerDocuments.createdAt,
};

export async function findVetting(db: Db, employerId: string): Promise<VettingRow | null> {
  const [row] = await db.select().from(employerVetting).where(eq(employerVetting.employerId, employerId));
  return row ?? null;
}

/** Opens the employer's file as pending if it has none yet; true when this call opened it. */
export async function openVettingIfAbsent(db: Db, employer: { id: string; centreId: string }): Promise<boolean> {
  const inserted = await db
    .insert(employerVetting)
    .values({ employerId: employer.id, centreId: employer.centreId })
    .onConflictDoNothing({ target: employerVetting.employerId })
    .returning({ id: employerVetting.id });
  return inserted.length > 0;
}

export type VettingChange = Partial<
  Pick<
    VettingRow,
    | "status"
    | "conditions"
    | "declarations"
    | "collectiveAgreement"
    | "declaredBy"
    | "declaredAt"
    | "selfAssessment"
    | "selfAssessedAt"
    | "decidedBy"
    | "decidedAt"
  >
>;

/** Writes the change if the file is still at the version read; null when someone else changed it first. */
export async function updateVettingRow(db: Db, current: VettingRow, change: VettingChange, now: Date): Promise<VettingRow | null> {
  const [row] = await db
    .update(employerVetting)
    .set({ ...change, updatedAt: now, version: current.version + 1 })
    .where(and(eq(employerVetting.id, current.id), eq(employerVetting.version, current.version)))
    .returning();
  return row ?? null;
}

export async function insertVettingEvent(db: Db, values: typeof vettingEvents.$inferInsert): Promise<void> {
  await db.insert(vettingEvents).values(values);
}

export interface VettingEventWithName extends VettingEventRow {
  byName: string | null;
}

/** The history of a file, oldest first, with the name of whoever made each change. */
export async function listVettingEvents(db: Db, employerId: string): Promise<VettingEventWithName[]> {
  const rows = await db
    .select({ event: vettingEvents, byName: users.name })
    .from(vettingEvents)
    .leftJoin(users, eq(users.id, vettingEvents.byUserId))
    .where(eq(vettingEvents.employerId, employerId))
    .orderBy(asc(vettingEvents.at), asc(vettingEvents.id));
  return rows.map(({ event, byName }) => ({ ...event, byName }));
}

export async function userNameOf(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

export interface NewEmployerDocument {
  centreId: string;
  employerId: string;
  kind: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  bytes: Buffer;
  createdBy: string;
}

export async function insertEmployerDocument(db: Db, values: NewEmployerDocument): Promise<EmployerDocumentRow> {
  const [row] = await db
    .insert(employerDocuments)
    .values({ ...values, size: values.bytes.length })
    .returning(documentColumns);
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function listEmployerDocuments(db: Db, employerId: string): Promise<EmployerDocumentRow[]> {
  return db
    .select(documentColumns)
    .from(employerDocuments)
    .where(eq(employerDocuments.employerId, employerId))
    .orderBy(desc(employerDocuments.createdAt), desc(employerDocuments.id));
}

export async function findEmployerDocument(db: Db, id: string): Promise<EmployerDocumentRow | null> {
  const [row] = await db.select(documentColumns).from(employerDocuments).where(eq(employerDocuments.id, id));
  return row ?? null;
}

export async function findEmployerDocumentWithBytes(db: Db, id: string): Promise<(EmployerDocumentRow & { bytes: Buffer }) | null> {
  const [row] = await db.select().from(employerDocuments).where(eq(employerDocuments.id, id));
  return row ?? null;
}

export async function setDocumentVerified(db: Db, id: string, verified: boolean, by: string, now: Date): Promise<EmployerDocumentRow> {
  const [row] = await db
    .update(employerDocuments)
    .set(verified ? { verified, verifiedBy: by, verifiedAt: now } : { verified, verifiedBy: null, verifiedAt: null })
    .where(eq(employerDocuments.id, id))
    .returning(documentColumns);
  if (!row) throw new Error("update returned no row");
  return row;
}
