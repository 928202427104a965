import { type Action, isAllowed, type RecordOwnership } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { AuditEvent } from "../audit/record-audit.js";

export function notFound(entityType: string): DomainError {
  return new DomainError("not_found", `No such ${entityType}.`);
}

/**
 * A refusal that looks exactly like a missing record to the client and is audited as denied. The audit entry is
 * written by the error handler, after the use case's transaction has rolled back, so the refusal is never lost.
 */
export class AccessDenied extends DomainError {
  constructor(
    readonly audit: AuditEvent,
    answer: DomainError,
  ) {
    super(answer.code, answer.message, answer.details);
  }
}

/**
 * Refuses a record the actor may not touch with the same answer as a record that does not exist (404, or the
 * answer `missing` makes for a record named in a form), so nobody can learn what another centre holds. The answer
 * is made only on a refusal: an error captures a stack trace, too dear for every allowed read.
 */
export function authoriseRecord(
  actor: Actor,
  action: Action,
  entity: { type: string; id: string },
  ownership: RecordOwnership | null,
  missing: () => DomainError = () => notFound(entity.type),
): void {
  if (!ownership) throw missing();
  if (isAllowed(actor, action, ownership)) return;
  const audit: AuditEvent = {
    actor,
    action,
    entityType: entity.type,
    entityId: entity.id,
    centreId: actor.centreId,
    outcome: "denied",
  };
  throw new AccessDenied(audit, missing());
}
