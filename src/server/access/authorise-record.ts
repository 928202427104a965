import { type Action, isAllowed, type RecordOwnership } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { AuditEvent } from "../audit/record-audit.js";

export function notFound(entityType: string): DomainError {
  return new DomainError("not_found", `No such ${entityType}.`);
}

/**
 * A refusal that looks exactly like "not found" to the client and is audited as denied. The audit entry is
 * written by the error handler, after the use case's transaction has rolled back, so the refusal is never lost.
 */
export class AccessDenied extends DomainError {
  constructor(
    entityType: string,
    readonly audit: AuditEvent,
  ) {
    super("not_found", `No such ${entityType}.`);
  }
}

/**
 * Refuses a record the actor may not touch with the same 404 as a record that does not exist, so nobody can
 * learn what another centre holds.
 */
export function authoriseRecord(
  actor: Actor,
  action: Action,
  entity: { type: string; id: string },
  ownership: RecordOwnership | null,
): void {
  if (!ownership) throw notFound(entity.type);
  if (isAllowed(actor, action, ownership)) return;
  throw new AccessDenied(entity.type, {
    actor,
    action,
    entityType: entity.type,
    entityId: entity.id,
    centreId: actor.centreId,
    outcome: "denied",
  });
}
