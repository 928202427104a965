import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/database.js";
import { deleteIdempotencyKeysBefore } from "../../db/repositories/idempotency-repository.js";
import { registerBackgroundSweep } from "../plugins/background-sweep.js";
import { IDEMPOTENCY_KEY_LIFETIME_MS } from "./with-idempotency.js";

/** How often the expired keys are swept away. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/** Deletes the keys older than their lifetime; returns how many. */
export function expireIdempotencyKeys(db: Database, now = new Date()): Promise<number> {
  return deleteIdempotencyKeysBefore(db, new Date(now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS));
}

/**
 * Sweeps expired keys once an hour in the background (their stored answers hold personal data, kept no longer than
 * needed). A key found expired before the sweep is ignored anyway (with-idempotency.ts).
 */
export function registerIdempotencyKeyExpiry(app: FastifyInstance, db: Database) {
  registerBackgroundSweep(app, "expiring idempotency keys", SWEEP_EVERY_MS, () => expireIdempotencyKeys(db));
}
