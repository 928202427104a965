import type { Actor } from "../../core/access/roles.js";
import type { Evidence } from "../../core/inspections/inspection-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { withDatabaseScope } from "../../db/database-scope.js";
import { findEvidenceWithBytes, findFinding, insertEvidence, touchInspection } from "../../db/repositories/inspection-repository.js";
import { notFound } from "../access/authorise-record.js";
import { type LinkSigner, linkSigner } from "../attachments/signed-link.js";
import type { PreparedUpload } from "../attachments/upload-attachment.js";
import { recordAudit } from "../audit/record-audit.js";
import { findVisitToAddTo } from "./add-finding.js";
import { toEvidence } from "./inspection-view.js";

/** Links to evidence are signed under their own key: a link to a worker's document never opens evidence, nor back. */
export function evidenceSigner(authSecret: string): LinkSigner {
  return linkSigner(`${authSecret}\u0000inspection evidence`);
}

/** Refuses before the body is read when the visit is not one the actor may add evidence to. */
export async function authoriseEvidenceUpload(db: Database, actor: Actor, inspectionId: string, findingId: string | undefined) {
  const visit = await findVisitToAddTo(db, actor, inspectionId);
  if (findingId && (await findFinding(db, findingId))?.inspectionId !== inspectionId) {
    throw new DomainError("validation_failed", "The finding is not one of this visit.", [
      { path: ["findingId"], message: "errors.invalidValue" },
    ]);
  }
  return visit;
}

/**
 * Stores a photo or document of a visit, checked by content and cleaned by the attachments pipeline (photos lose
 * EXIF and GPS). The audit names size and type, never the file name.
 */
export async function storeEvidence(
  db: Database,
  actor: Actor,
  target: { inspectionId: string; centreId: string; findingId: string | null },
  upload: PreparedUpload,
  signer: LinkSigner,
  now: Date,
): Promise<Evidence> {
  return db.transaction(async (tx) => {
    const row = await insertEvidence(tx, {
      ...target,
      fileName: upload.fileName,
      mediaType: upload.mediaType,
      size: upload.bytes.length,
      sha256: upload.sha256,
      bytes: upload.bytes,
      createdBy: actor.userId,
    });
    await touchInspection(tx, target.inspectionId);
    await recordAudit(tx, {
      actor,
      action: "inspection.record",
      entityType: "inspection_evidence",
      entityId: row.id,
      centreId: target.centreId,
      outcome: "allowed",
      details: { inspectionId: target.inspectionId, mediaType: row.mediaType, size: row.size },
    });
    return toEvidence(row, signer, now);
  });
}

/**
 * The evidence a valid link names; anything else is "not found". The signature is the whole authorisation, so the
 * read runs across centres (an anonymous request otherwise sees no centre's rows).
 */
export async function downloadEvidence(db: Database, actor: Actor | null, token: string, signer: LinkSigner, now: Date) {
  const id = signer.verify(token, now);
  if (!id) throw notFound("file");
  return withDatabaseScope({ kind: "all", userId: null }, async () => {
    const row = await findEvidenceWithBytes(db, id);
    if (!row) throw notFound("file");
    await recordAudit(db, {
      actor,
      action: "inspection.evidence.download",
      entityType: "inspection_evidence",
      entityId: row.id,
      centreId: row.centreId,
      outcome: "allowed",
      details: { inspectionId: row.inspectionId },
    });
    return row;
  });
}
