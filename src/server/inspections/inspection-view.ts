import type { Actor } from "../../core/access/roles.js";
import {
  CHECKLIST_ITEMS,
  type CorrectiveActionStatus,
  type InspectionKind,
  type InspectionStatus,
} from "../../core/inspections/inspection-codes.js";
import { isOverdue, queueOf } from "../../core/inspections/inspection-rules.js";
import type { CorrectiveAction, Evidence, Finding, Inspection, InspectionDetail } from "../../core/inspections/inspection-schemas.js";
import type { EvidenceRow, FindingRow, NamedCorrectiveActionRow, NamedInspectionRow } from "../../db/repositories/inspection-repository.js";
import type { LinkSigner } from "../attachments/signed-link.js";

/** How long a link to a piece of evidence works. */
export const EVIDENCE_LINK_SECONDS = 5 * 60;

/** The employer sees the outcome of a visit, never the inspection staff's own working fields. */
export const seesInternals = (actor: Actor) => actor.role !== "employer";

export function toInspection(row: NamedInspectionRow, actor: Actor, today: string): Inspection {
  const status = row.status as InspectionStatus;
  const shown: Inspection = {
    id: row.id,
    centreId: row.centreId,
    employerId: row.employerId,
    employerName: row.employerName,
    siteId: row.siteId,
    siteName: row.siteName,
    kind: row.kind as InspectionKind,
    status,
    queue: queueOf(status, row.scheduledFor, today),
    scheduledFor: row.scheduledFor,
    visitedAt: row.visitedAt?.toISOString() ?? null,
    followUpOf: row.followUpOf,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
  return seesInternals(actor) ? { ...shown, inspectorId: row.inspectorId, grievanceId: row.grievanceId } : shown;
}

export function toFinding(row: FindingRow): Finding {
  return {
    id: row.id,
    inspectionId: row.inspectionId,
    area: row.area as Finding["area"],
    severity: row.severity as Finding["severity"],
    description: row.description,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toCorrectiveAction(row: NamedCorrectiveActionRow, today: string): CorrectiveAction {
  const status = row.status as CorrectiveActionStatus;
  return {
    id: row.id,
    inspectionId: row.inspectionId,
    employerId: row.employerId,
    employerName: row.employerName,
    findingId: row.findingId,
    description: row.description,
    dueDate: row.dueDate,
    status,
    overdue: isOverdue(status, row.dueDate, today),
    employerResponse: row.employerResponse,
    respondedAt: row.respondedAt?.toISOString() ?? null,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function toEvidence(row: EvidenceRow, signer: LinkSigner, now: Date): Evidence {
  const expiresAt = new Date(now.getTime() + EVIDENCE_LINK_SECONDS * 1000);
  return {
    id: row.id,
    findingId: row.findingId,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
    url: `/api/inspection-files/${signer.sign(row.id, expiresAt)}`,
    urlExpiresAt: expiresAt.toISOString(),
  };
}

export interface DetailParts {
  findings: FindingRow[];
  actions: NamedCorrectiveActionRow[];
  evidence: EvidenceRow[];
}

/** A visit with everything recorded on it; an employer gets results without notes, and no summary or evidence. */
export function toInspectionDetail(
  row: NamedInspectionRow,
  parts: DetailParts,
  actor: Actor,
  signer: LinkSigner,
  now: Date,
  today: string,
): InspectionDetail {
  const internal = seesInternals(actor);
  const checklist = CHECKLIST_ITEMS.map((item) => {
    const answer = row.checklist[item];
    const entry = { item, result: answer?.result ?? null };
    return internal ? { ...entry, note: answer?.note ?? "" } : entry;
  });
  const detail: InspectionDetail = {
    ...toInspection(row, actor, today),
    checklist,
    findings: parts.findings.map(toFinding),
    correctiveActions: parts.actions.map((action) => toCorrectiveAction(action, today)),
  };
  if (!internal) return detail;
  return { ...detail, summary: row.summary, evidence: parts.evidence.map((e) => toEvidence(e, signer, now)) };
}
