import { desc, eq } from "drizzle-orm";
import type { Attachment, AttachmentKind } from "../../core/attachments/attachment-schemas.js";
import type { Database, Transaction } from "../../db/database.js";
import { attachments } from "../../db/schema/attachments.js";

type Db = Database | Transaction;
type Row = Omit<typeof attachments.$inferSelect, "bytes">;

/** Every column but the bytes: lists and checks never load a file. */
const described = {
  id: attachments.id,
  centreId: attachments.centreId,
  workerId: attachments.workerId,
  kind: attachments.kind,
  fileName: attachments.fileName,
  mediaType: attachments.mediaType,
  size: attachments.size,
  sha256: attachments.sha256,
  createdBy: attachments.createdBy,
  createdAt: attachments.createdAt,
};

export type StoredAttachment = Attachment & { centreId: string };

function toAttachment(row: Row): StoredAttachment {
  return {
    id: row.id,
    centreId: row.centreId,
    workerId: row.workerId,
    kind: row.kind as Attachment["kind"],
    fileName: row.fileName,
    mediaType: row.mediaType as Attachment["mediaType"],
    size: row.size,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the API shows of a stored attachment. */
export function publicAttachment({ centreId, ...shown }: StoredAttachment): Attachment {
  return shown;
}

export interface NewAttachment {
  centreId: string;
  workerId: string;
  kind: AttachmentKind;
  fileName: string;
  mediaType: string;
  sha256: string;
  bytes: Buffer;
  createdBy: string;
}

export async function insertAttachment(db: Db, values: NewAttachment): Promise<StoredAttachment> {
  const [row] = await db
    .insert(attachments)
    .values({ ...values, size: values.bytes.length })
    .returning(described);
  if (!row) throw new Error("insert returned no row");
  return toAttachment(row);
}

export async function listAttachmentsOf(db: Db, workerId: string): Promise<StoredAttachment[]> {
  const rows = await db.select(described).from(attachments).where(eq(attachments.workerId, workerId)).orderBy(desc(attachments.createdAt));
  return rows.map(toAttachment);
}

export async function findAttachment(db: Db, id: string): Promise<StoredAttachment | null> {
  const [row] = await db.select(described).from(attachments).where(eq(attachments.id, id));
  return row ? toAttachment(row) : null;
}

export async function findAttachmentWithBytes(db: Db, id: string): Promise<(StoredAttachment & { bytes: Buffer }) | null> {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  return row ? { ...toAttachment(row), bytes: row.bytes } : null;
}

export async function deleteAttachmentRow(db: Db, id: string): Promise<void> {
  await db.delete(attachments).where(eq(attachments.id, id));
}
