import type { FastifyInstance, FastifyRequest } from "fastify";
import { ACTIONS, POLICY, REFERENCE_DATA_ACTIONS } from "../../core/access/policy.js";
import { ROLES } from "../../core/access/roles.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { DatabaseConnection } from "../../db/database.js";
import { type DatabaseScope, SYSTEM_SCOPE, withDatabaseScope } from "../../db/database-scope.js";
import { findHiddenRecords } from "../../db/postgres-hidden-records.js";
import { AccessDenied } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";

/** Roles the policy lets act on every centre's records (reference data aside, which is not under row-level security). */
const NETWORK_ROLES = new Set(
  ROLES.filter((role) => ACTIONS.some((action) => !REFERENCE_DATA_ACTIONS.includes(action) && POLICY[action][role] === "any")),
);

/**
 * Every query of a request runs in the actor's database scope, so on PostgreSQL row-level security backs the access
 * policy (docs/postgresql.md): a query that forgets its centre filter still sees only the actor's centre.
 */
export function registerDatabaseScope(app: FastifyInstance, { db, kind }: DatabaseConnection) {
  // After the body is read (no parser callback stands between the scope and the handler) and the actor resolved.
  app.addHook("preValidation", (request, _reply, done) => withDatabaseScope(() => scopeOf(request), done));
  if (kind === "postgres") app.addHook("onError", auditHiddenRecord);

  /**
   * Row-level security makes another centre's record look missing, where PGlite lets the use case see it and audit
   * the attempt as denied. When a request is refused, ask the database whether an id it names is such a record, and
   * audit the same.
   */
  async function auditHiddenRecord(request: FastifyRequest, _reply: unknown, error: Error) {
    // A use case answers a record it cannot see with 404, or with its own answer for a record named in a form.
    if (!(error instanceof DomainError) || error instanceof AccessDenied) return;
    const action = request.routeOptions.config.action;
    const actor = request.actor;
    if (!actor || action === undefined || action === "public" || action === "signed-in") return;
    const named = uuidsIn(request.params, request.body);
    // The first named (path before body, in field order), as the use cases check the record they name first.
    const hidden = (await findHiddenRecords(db, named)).sort((a, b) => named.indexOf(a.id) - named.indexOf(b.id))[0];
    if (!hidden) return;
    await recordAudit(db, {
      actor,
      action,
      entityType: hidden.entityType,
      entityId: hidden.id,
      centreId: actor.centreId,
      outcome: "denied",
    });
  }
}

function scopeOf(request: FastifyRequest): DatabaseScope {
  // Public routes (sign-in, health, signed links) check what they serve themselves: system work.
  if (request.routeOptions.config.action === "public") return SYSTEM_SCOPE;
  const actor = request.actor;
  if (!actor) return { kind: "none", userId: null };
  if (NETWORK_ROLES.has(actor.role)) return { kind: "all", userId: actor.userId };
  if (actor.centreId) return { kind: "centre", centreId: actor.centreId, userId: actor.userId };
  return { kind: "none", userId: actor.userId };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids a request names: path parameters and top-level body fields. */
function uuidsIn(...sources: unknown[]): string[] {
  return sources.flatMap((source) =>
    source && typeof source === "object"
      ? Object.values(source).filter((value): value is string => typeof value === "string" && UUID.test(value))
      : [],
  );
}
