import type { Actor } from "../../core/access/roles.js";
import type { Database, Transaction } from "../../db/database.js";
import { auditEntries } from "../../db/schema/audit.js";

export interface AuditEvent {
  actor: Actor | null;
  /** A policy action (worker.read…) or a lifecycle event (offer.published…). */
  action: string;
  entityType: string;
  entityId: string | null;
  centreId: string | null;
  outcome: "allowed" | "denied";
  /** Codes and ids only: never names, phone numbers or free text. */
  details?: Record<string, string | number | boolean | null>;
}

/** Writes one audit entry, inside the caller's transaction when there is one. */
export async function recordAudit(db: Database | Transaction, event: AuditEvent): Promise<void> {
  await db.insert(auditEntries).values({
    actorUserId: event.actor?.userId ?? null,
    actorRole: event.actor?.role ?? null,
    centreId: event.centreId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    outcome: event.outcome,
    details: event.details ?? {},
  });
}
