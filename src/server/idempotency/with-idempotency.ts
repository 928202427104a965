import type { FastifyReply, FastifyRequest } from "fastify";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import {
  claimIdempotencyKey,
  deleteIdempotencyKey,
  findIdempotencyKey,
  type IdempotentRequest,
  type StoredKey,
  storeIdempotentResponse,
} from "../../db/repositories/idempotency-repository.js";
import { idempotencyKeyOf, requestFingerprint } from "./idempotency-key.js";

/** How long a key is remembered; a retry later than this runs again. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

function keyConflict(): DomainError {
  return new DomainError("idempotency_conflict", "This Idempotency-Key was already used for a different request.");
}

/** Takes the key, or returns the answer stored under it; an expired key is taken afresh. */
async function claimOrFind(tx: Database, claim: IdempotentRequest, now: Date): Promise<StoredKey | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await claimIdempotencyKey(tx, claim)) return null;
    const stored = await findIdempotencyKey(tx, claim.actorUserId, claim.key);
    if (stored && stored.createdAt.getTime() > now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS) return stored;
    // Expired (or deleted by the clean-up between the two statements): forget it and claim again.
    if (stored) await deleteIdempotencyKey(tx, claim.actorUserId, claim.key);
  }
  throw new Error("idempotency key could not be claimed");
}

/**
 * Runs a write at most once per `Idempotency-Key` of the signed-in user. In ONE transaction: the key is claimed
 * first (a concurrent duplicate waits on it), then `work` runs with that transaction (use cases' own transactions
 * become savepoints), then its answer is stored. A crash before the commit leaves neither the effect nor the key, so
 * the retry runs; after it, the retry gets the stored answer (same status and body, `Idempotent-Replayed: true`).
 * The same key with another method, path or body is refused with 422 idempotency_conflict. A refused request
 * stores nothing, so correcting and resending it with the same key works. Without the header `work` simply runs.
 */
export async function withIdempotency<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Database,
  status: number,
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  const key = idempotencyKeyOf(request);
  const actor = request.actor;
  reply.status(status);
  if (!key || !actor) return work(db);
  const claim: IdempotentRequest = { actorUserId: actor.userId, key, ...requestFingerprint(request) };
  const outcome = await db.transaction(async (tx): Promise<{ replay: StoredKey } | { body: T }> => {
    const stored = await claimOrFind(tx, claim, new Date());
    if (stored) {
      if (stored.request !== claim.request || stored.bodyHash !== claim.bodyHash) throw keyConflict();
      return { replay: stored };
    }
    const body = await work(tx);
    // The body as JSON (dates as strings), exactly what the response schema serialises again on a replay.
    await storeIdempotentResponse(tx, claim.actorUserId, key, status, body === undefined ? null : JSON.parse(JSON.stringify(body)));
    return { body };
  });
  if ("body" in outcome) return outcome.body;
  reply.status(outcome.replay.responseStatus ?? status).header("idempotent-replayed", "true");
  return outcome.replay.responseBody as T;
}
