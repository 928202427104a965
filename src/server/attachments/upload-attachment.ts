import { createHash } from "node:crypto";
import type { Actor } from "../../core/access/roles.js";
import type { AcceptedMediaType, Attachment, AttachmentKind } from "../../core/attachments/attachment-schemas.js";
import { sanitiseFileName, withMatchingExtension } from "../../core/attachments/file-name.js";
import type { Database } from "../../db/database.js";
import { findWorker } from "../../db/repositories/worker-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { insertAttachment, publicAttachment } from "./attachment-store.js";
import { cleanUpload } from "./clean-upload.js";
import type { Upload } from "./read-upload.js";

/** Refuses before the body is read when the worker is not one the actor may add documents to. */
export async function authoriseUpload(db: Database, actor: Actor, workerId: string): Promise<string> {
  const worker = await findWorker(db, workerId);
  authoriseRecord(actor, "attachment.upload", { type: "worker", id: workerId }, worker && { centreId: worker.centreId, workerId });
  return (worker as { centreId: string }).centreId;
}

export interface PreparedUpload<K extends string = AttachmentKind> {
  kind: K;
  fileName: string;
  mediaType: AcceptedMediaType;
  sha256: string;
  bytes: Buffer;
}

/** Checks and cleans an upload before any transaction opens: decoding an image takes a moment. */
export async function prepareUpload<K extends string = AttachmentKind>(upload: Upload<K>): Promise<PreparedUpload<K>> {
  const clean = await cleanUpload(upload.bytes);
  return {
    kind: upload.kind,
    fileName: withMatchingExtension(sanitiseFileName(upload.fileName), clean.mediaType),
    mediaType: clean.mediaType,
    sha256: createHash("sha256").update(clean.bytes).digest("hex"),
    bytes: clean.bytes,
  };
}

/** Stores a checked and cleaned document in the worker's file; the audit names its kind and size, never its name. */
export async function storeAttachment(
  db: Database,
  actor: Actor,
  target: { workerId: string; centreId: string },
  upload: PreparedUpload,
): Promise<Attachment> {
  return db.transaction(async (tx) => {
    const stored = await insertAttachment(tx, { ...target, ...upload, createdBy: actor.userId });
    await recordAudit(tx, {
      actor,
      action: "attachment.upload",
      entityType: "attachment",
      entityId: stored.id,
      centreId: target.centreId,
      outcome: "allowed",
      details: { workerId: target.workerId, kind: stored.kind, mediaType: stored.mediaType, size: stored.size },
    });
    return publicAttachment(stored);
  });
}
