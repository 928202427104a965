import type { Actor } from "../../core/access/roles.js";
import { ATTACHMENT_LINK_SECONDS, type AttachmentLink } from "../../core/attachments/attachment-schemas.js";
import type { EmployerDocumentKind } from "../../core/vetting/vetting-codes.js";
import type { EmployerDocument } from "../../core/vetting/vetting-schemas.js";
import type { Database, Transaction } from "../../db/database.js";
import {
  type EmployerDocumentRow,
  findEmployerDocument,
  findEmployerDocumentWithBytes,
  insertEmployerDocument,
  setDocumentVerified,
} from "../../db/repositories/vetting-repository.js";
import { authoriseRecord, notFound } from "../access/authorise-record.js";
import type { LinkSigner } from "../attachments/signed-link.js";
import type { PreparedUpload } from "../attachments/upload-attachment.js";
import { recordAudit } from "../audit/record-audit.js";
import { findAuthorisedEmployer } from "../employers/find-authorised-employer.js";
import { toEmployerDocument } from "./vetting-file.js";

/** The link signer's purpose: a vetting document's link is worth nothing anywhere else. */
export const EMPLOYER_DOCUMENT_LINK_PURPOSE = "employer document link";

function auditOf(
  actor: Actor | null,
  action: string,
  document: EmployerDocumentRow,
  extra: Record<string, string | number | boolean> = {},
) {
  return {
    actor,
    action,
    entityType: "employer_document",
    entityId: document.id,
    centreId: document.centreId,
    outcome: "allowed" as const,
    details: { employerId: document.employerId, kind: document.kind, ...extra },
  };
}

async function authorisedDocument(db: Database | Transaction, actor: Actor, action: "vetting.read" | "vetting.decide", id: string) {
  const document = await findEmployerDocument(db, id);
  authoriseRecord(actor, action, { type: "employer_document", id }, document);
  return document as EmployerDocumentRow;
}

/** Refuses before the body is read when the employer is not one the actor may file documents for. */
export async function authoriseDocumentUpload(db: Database, actor: Actor, employerId: string): Promise<string> {
  return (await findAuthorisedEmployer(db, actor, "vetting.declare", employerId)).centreId;
}

/** Stores a checked and cleaned document in the employer's vetting file; the audit names its kind and size. */
export async function storeEmployerDocument(
  db: Database,
  actor: Actor,
  target: { employerId: string; centreId: string },
  upload: PreparedUpload<EmployerDocumentKind>,
): Promise<EmployerDocument> {
  return db.transaction(async (tx) => {
    const stored = await insertEmployerDocument(tx, { ...target, ...upload, createdBy: actor.userId });
    await recordAudit(tx, auditOf(actor, "vetting.declare", stored, { mediaType: stored.mediaType, size: stored.size }));
    return toEmployerDocument(stored);
  });
}

/** A link that downloads the document for the next few minutes; issuing it is audited. */
export async function issueEmployerDocumentLink(
  db: Database,
  actor: Actor,
  id: string,
  signer: LinkSigner,
  now: Date,
): Promise<AttachmentLink> {
  const document = await authorisedDocument(db, actor, "vetting.read", id);
  const expiresAt = new Date(now.getTime() + ATTACHMENT_LINK_SECONDS * 1000);
  await recordAudit(db, auditOf(actor, "vetting.document.link", document));
  return { url: `/api/employer-documents/files/${signer.sign(id, expiresAt)}`, expiresAt: expiresAt.toISOString() };
}

/** The file a valid link names. Anything else (expired, forged, changed) is "not found". */
export async function downloadEmployerDocument(db: Database, actor: Actor | null, token: string, signer: LinkSigner, now: Date) {
  const id = signer.verify(token, now);
  const document = id ? await findEmployerDocumentWithBytes(db, id) : null;
  if (!document) throw notFound("file");
  await recordAudit(db, auditOf(actor, "vetting.document.download", document));
  return document;
}

/** The centre marks a document verified against the original (or takes the mark back). */
export async function verifyEmployerDocument(
  db: Database,
  actor: Actor,
  id: string,
  verified: boolean,
  now: Date,
): Promise<EmployerDocument> {
  return db.transaction(async (tx) => {
    await authorisedDocument(tx, actor, "vetting.decide", id);
    const saved = await setDocumentVerified(tx, id, verified, actor.userId, now);
    await recordAudit(tx, auditOf(actor, "vetting.decide", saved, { verified }));
    return toEmployerDocument(saved);
  });
}
