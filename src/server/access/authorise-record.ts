import { type Action, isAllowed, type RecordOwnership } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database, Transaction } from "../../db/database.js";
import { recordAudit } from "../audit/record-audit.js";

export function notFound(entityType: string): DomainError {
  return new DomainError("not_found", `No such ${entityType}.`);
}

/**
 * Refuses a record the actor may not touch with the same 404 as a record that does not exist, so nobody can
 * learn what another centre holds; the refusal is audited.
 */
export async function authoriseRecord(
  db: Database | Transaction,
  actor: Actor,
  action: Action,
  entity: { type: string; id: string },
  ownership: RecordOwnership | null,
): Promise<void> {
  if (ownership && isAllowed(actor, action, ownership)) return;
  if (ownership) {
    await recordAudit(db, { actor, action, entityType: entity.type, entityId: entity.id, centreId: actor.centreId, outcome: "denied" });
  }
  throw notFound(entity.type);
}
