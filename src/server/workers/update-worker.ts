import type { Actor } from "../../core/access/roles.js";
import { DomainError } from "../../core/shared/api-error.js";
import { fieldsOutsideSelfService } from "../../core/workers/self-service.js";
import { type Worker, type WorkerPatch, workerInput } from "../../core/workers/worker-schemas.js";
import type { Database } from "../../db/database.js";
import { syncWorkerAccount } from "../../db/repositories/account-repository.js";
import { findWorker, findWorkerByPhone, updateWorker as writeWorker } from "../../db/repositories/worker-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkReferenceCodes, workerReferenceCodes } from "../reference/check-reference-codes.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";

/**
 * Applies a partial change to a worker's file. `expectedVersion` (from If-Match) guards against overwriting
 * someone else's edit; a worker may change only the self-service fields of their own file.
 */
export async function updateWorker(
  db: Database,
  actor: Actor,
  workerId: string,
  patch: WorkerPatch,
  expectedVersion: number,
): Promise<Worker> {
  checkReferenceCodes(workerReferenceCodes(patch));
  return db.transaction(async (tx) => {
    const current = await findWorker(tx, workerId);
    authoriseRecord(actor, "worker.update", { type: "worker", id: workerId }, current && { centreId: current.centreId, workerId });
    const worker = current as Worker;
    if (actor.role === "worker") {
      const refused = fieldsOutsideSelfService(patch);
      if (refused.length > 0) {
        throw new DomainError(
          "forbidden",
          "Some of these fields are changed by the centre.",
          refused.map((field) => ({ path: [field], message: "errors.fieldStaffOnly" })),
        );
      }
    }
    checkExpectedVersion(expectedVersion, worker.version);
    if (patch.phone && patch.phone !== worker.phone && (await findWorkerByPhone(tx, patch.phone))) {
      throw new DomainError("phone_taken", "This phone number is already registered.", [{ path: ["phone"], message: "errors.phoneTaken" }]);
    }
    const { id, centreId, createdAt, updatedAt, version, ...currentInput } = worker;
    const next = workerInput.parse({ ...currentInput, ...patch });
    const saved = await writeWorker(tx, worker, next);
    if (!saved) throw staleVersion();
    await syncWorkerAccount(tx, workerId, {
      phone: next.phone,
      name: `${next.givenName} ${next.familyName}`,
      locale: next.preferredLanguage,
    });
    await recordAudit(tx, {
      actor,
      action: "worker.update",
      entityType: "worker",
      entityId: workerId,
      centreId: worker.centreId,
      outcome: "allowed",
      details: { fields: Object.keys(patch).sort().join(",") },
    });
    return saved;
  });
}
