import type { Actor } from "../../core/access/roles.js";
import { ATTACHMENT_LINK_SECONDS, type Attachment, type AttachmentLink } from "../../core/attachments/attachment-schemas.js";
import type { Database } from "../../db/database.js";
import { findWorker } from "../../db/repositories/worker-repository.js";
import { authoriseRecord, notFound } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import {
  deleteAttachmentRow,
  findAttachment,
  findAttachmentWithBytes,
  listAttachmentsOf,
  publicAttachment,
  type StoredAttachment,
} from "./attachment-store.js";
import type { LinkSigner } from "./signed-link.js";

/** The documents of a worker's file, newest first, without their bytes. */
export async function listAttachments(db: Database, actor: Actor, workerId: string): Promise<Attachment[]> {
  const worker = await findWorker(db, workerId);
  authoriseRecord(actor, "attachment.read", { type: "worker", id: workerId }, worker && { centreId: worker.centreId, workerId });
  return (await listAttachmentsOf(db, workerId)).map(publicAttachment);
}

function auditOf(actor: Actor | null, action: string, attachment: StoredAttachment) {
  return {
    actor,
    action,
    entityType: "attachment",
    entityId: attachment.id,
    centreId: attachment.centreId,
    outcome: "allowed" as const,
    details: { workerId: attachment.workerId, kind: attachment.kind },
  };
}

/** A link that downloads the document for the next few minutes; issuing it is audited. */
export async function issueAttachmentLink(db: Database, actor: Actor, id: string, signer: LinkSigner, now: Date): Promise<AttachmentLink> {
  const attachment = await findAttachment(db, id);
  authoriseRecord(actor, "attachment.read", { type: "attachment", id }, attachment);
  const stored = attachment as StoredAttachment;
  const expiresAt = new Date(now.getTime() + ATTACHMENT_LINK_SECONDS * 1000);
  await recordAudit(db, auditOf(actor, "attachment.link", stored));
  return { url: `/api/files/${signer.sign(id, expiresAt)}`, expiresAt: expiresAt.toISOString() };
}

/** The file a valid link names. Anything else (expired, forged, changed, deleted since) is "not found". */
export async function downloadAttachment(db: Database, actor: Actor | null, token: string, signer: LinkSigner, now: Date) {
  const id = signer.verify(token, now);
  const attachment = id ? await findAttachmentWithBytes(db, id) : null;
  if (!attachment) throw notFound("file");
  await recordAudit(db, auditOf(actor, "attachment.download", attachment));
  return attachment;
}

export async function deleteAttachment(db: Database, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const attachment = await findAttachment(tx, id);
    authoriseRecord(actor, "attachment.delete", { type: "attachment", id }, attachment);
    await deleteAttachmentRow(tx, id);
    await recordAudit(tx, auditOf(actor, "attachment.delete", attachment as StoredAttachment));
  });
}
