import type { GrievanceCategory, GrievanceStatus } from "../../core/grievances/grievance-codes.js";
import type { ReporterEvent, ReporterView } from "../../core/grievances/grievance-report-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database, Transaction } from "../../db/database.js";
import {
  findGrievanceByCodeHash,
  type GrievanceEventRow,
  type GrievanceRow,
  insertGrievanceEvent,
  reporterVisibleEvents,
  touchGrievance,
} from "../../db/repositories/grievance-report-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { followUpCodeHash } from "./follow-up-secret.js";

type Db = Database | Transaction;

/** A wrong code, a code of nothing and a malformed code get this one answer. */
export function noCaseForCode(): DomainError {
  return new DomainError("not_found", "No case matches this code.");
}

/** The case a follow-up code opens, or null. The code is compared by its SHA-256 only. */
export async function grievanceOfCode(db: Db, code: string): Promise<GrievanceRow | null> {
  const hash = followUpCodeHash(code);
  return hash === null ? null : findGrievanceByCodeHash(db, hash);
}

/** What the reporter sees of an event: statuses and the messages both ways; never notes or who wrote them. */
function toReporterEvent(event: GrievanceEventRow): ReporterEvent | null {
  const at = event.at.toISOString();
  if (event.kind === "status" && event.toStatus) return { kind: "status", status: event.toStatus as GrievanceStatus, body: "", at };
  if (event.kind === "message_to_reporter" || event.kind === "message_from_reporter") {
    return { kind: event.kind, status: null, body: event.body, at };
  }
  return null;
}

export async function reporterViewOf(db: Db, row: GrievanceRow): Promise<ReporterView> {
  const events = (await reporterVisibleEvents(db, row.id)).map(toReporterEvent).filter((event) => event !== null);
  return {
    reference: row.reference,
    status: row.status as GrievanceStatus,
    categories: row.categories as GrievanceCategory[],
    createdAt: row.createdAt.toISOString(),
    events,
  };
}

/** The case as its reporter follows it with the code. */
export async function followGrievance(db: Database, code: string): Promise<ReporterView> {
  const row = await grievanceOfCode(db, code);
  if (!row) throw noCaseForCode();
  return reporterViewOf(db, row);
}

/** The reporter writes to the centre about their case; staff see it in the timeline. */
export async function sendReporterMessage(db: Database, code: string, body: string, now: Date): Promise<ReporterView> {
  return db.transaction(async (tx) => {
    const row = await grievanceOfCode(tx, code);
    if (!row) throw noCaseForCode();
    await insertGrievanceEvent(tx, {
      centreId: row.centreId,
      grievanceId: row.id,
      kind: "message_from_reporter",
      visibleToReporter: true,
      body,
      byUserId: null,
      at: now,
    });
    await touchGrievance(tx, row.id, now);
    await recordAudit(tx, {
      actor: null,
      action: "grievance.reporter_message",
      entityType: "grievance",
      entityId: row.id,
      centreId: row.centreId,
      outcome: "allowed",
    });
    return reporterViewOf(tx, row);
  });
}
