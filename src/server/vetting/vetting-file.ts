import type { Action } from "../../core/access/policy.js";
import type { Actor, Role } from "../../core/access/roles.js";
import type { Employer } from "../../core/employers/employer-schemas.js";
import type { VettingStatus } from "../../core/vetting/vetting-codes.js";
import { completenessOf } from "../../core/vetting/vetting-lifecycle.js";
import type { EmployerDocument, VettingFile } from "../../core/vetting/vetting-schemas.js";
import type { Database, Transaction } from "../../db/database.js";
import {
  type EmployerDocumentRow,
  findVetting,
  insertVettingEvent,
  listEmployerDocuments,
  listVettingEvents,
  openVettingIfAbsent,
  updateVettingRow,
  userNameOf,
  type VettingChange,
  type VettingRow,
} from "../../db/repositories/vetting-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { findAuthorisedEmployer } from "../employers/find-authorised-employer.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";

type Db = Database | Transaction;
const isoOrNull = (value: Date | null) => (value === null ? null : value.toISOString());

export function toEmployerDocument(row: EmployerDocumentRow): EmployerDocument {
  return {
    id: row.id,
    employerId: row.employerId,
    kind: row.kind as EmployerDocument["kind"],
    fileName: row.fileName,
    mediaType: row.mediaType as EmployerDocument["mediaType"],
    size: row.size,
    verified: row.verified,
    verifiedAt: isoOrNull(row.verifiedAt),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The file as the API shows it; an employer whose file was never opened is pending at version 1. */
export async function vettingFileOf(db: Db, employer: Employer, stored: VettingRow | null): Promise<VettingFile> {
  // One after the other: inside a transaction the queries share one connection anyway.
  const history = await listVettingEvents(db, employer.id);
  const documents = await listEmployerDocuments(db, employer.id);
  const declaredByName = await userNameOf(db, stored?.declaredBy ?? null);
  const declarations = stored?.declarations ?? {};
  const selfAssessment = (stored?.selfAssessment ?? {}) as VettingFile["selfAssessment"];
  return {
    employerId: employer.id,
    status: (stored?.status ?? "pending") as VettingStatus,
    conditions: stored?.conditions ?? "",
    declarations,
    collectiveAgreement: stored?.collectiveAgreement ?? "",
    declaredAt: isoOrNull(stored?.declaredAt ?? null),
    declaredByName,
    selfAssessment,
    selfAssessedAt: isoOrNull(stored?.selfAssessedAt ?? null),
    decidedAt: isoOrNull(stored?.decidedAt ?? null),
    version: stored?.version ?? 1,
    history: history.map((event) => ({
      id: event.id,
      fromStatus: event.fromStatus as VettingStatus | null,
      toStatus: event.toStatus as VettingStatus,
      note: event.note,
      byRole: event.byRole as Role,
      byName: event.byName,
      at: event.at.toISOString(),
    })),
    documents: documents.map(toEmployerDocument),
    completeness: completenessOf({
      declarations,
      answers: selfAssessment,
      documents,
      accommodationOffered: employer.accommodationOffered,
    }),
  };
}

/** The employer's file, opened as pending (with its first history entry) if it had none. */
export async function openVetting(tx: Db, actor: Actor, employer: Employer): Promise<VettingRow> {
  if (await openVettingIfAbsent(tx, employer)) {
    await insertVettingEvent(tx, {
      centreId: employer.centreId,
      employerId: employer.id,
      fromStatus: null,
      toStatus: "pending",
      byUserId: actor.userId,
      byRole: actor.role,
    });
  }
  return (await findVetting(tx, employer.id)) as VettingRow;
}

export interface VettingChangeRequest {
  action: Action;
  employerId: string;
  expectedVersion: number;
  now: Date;
  /** The change to make to the file as read (throws a DomainError to refuse it). */
  change: (tx: Db, current: VettingRow, employer: Employer) => Promise<VettingChange> | VettingChange;
  /** What the audit entry says besides who and which file (never personal data). */
  details: (current: VettingRow, next: VettingRow) => Record<string, string | number | boolean>;
}

/** One change to a vetting file: authorised, against the version read (If-Match), in one transaction with its audit. */
export async function changeVetting(db: Database, actor: Actor, request: VettingChangeRequest): Promise<VettingFile> {
  return db.transaction(async (tx) => {
    const employer = await findAuthorisedEmployer(tx, actor, request.action, request.employerId);
    const current = await openVetting(tx, actor, employer);
    checkExpectedVersion(request.expectedVersion, current.version);
    const saved = await updateVettingRow(tx, current, await request.change(tx, current, employer), request.now);
    if (!saved) throw staleVersion();
    await recordAudit(tx, {
      actor,
      action: request.action,
      entityType: "employer_vetting",
      entityId: saved.id,
      centreId: employer.centreId,
      outcome: "allowed",
      details: { employerId: employer.id, ...request.details(current, saved) },
    });
    return vettingFileOf(tx, employer, saved);
  });
}
