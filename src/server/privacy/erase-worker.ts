import type { Actor } from "../../core/access/roles.js";
import { confirmsErasure } from "../../core/privacy/erasure-confirmation.js";
import type { EraseInput, ErasureResult } from "../../core/privacy/privacy-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { findErasure } from "../../db/repositories/erasure-repository.js";
import { findWorker } from "../../db/repositories/worker-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { eraseWorkerFile } from "./erase-worker-file.js";

/** Erases a worker's personal data on request (GDPR art. 17), confirmed by typing their name or file reference. */
export async function eraseWorker(db: Database, actor: Actor, workerId: string, input: EraseInput): Promise<ErasureResult> {
  return db.transaction(async (tx) => {
    const worker = await findWorker(tx, workerId);
    authoriseRecord(actor, "worker.erase", { type: "worker", id: workerId }, worker && { centreId: worker.centreId, workerId });
    if (!worker) throw new Error("unreachable: authoriseRecord refuses a missing worker");
    if (!confirmsErasure(input.confirmation, worker)) {
      throw new DomainError("validation_failed", "Type the worker's full name or file reference to confirm the erasure.", [
        { path: ["confirmation"], message: "errors.invalidValue" },
      ]);
    }
    await eraseWorkerFile(tx, actor, { workerId, centreId: worker.centreId, reason: input.reason });
    const entry = await findErasure(tx, workerId);
    return { workerId, reason: input.reason, erasedAt: (entry?.erasedAt ?? new Date()).toISOString() };
  });
}
