import type { Actor } from "../../core/access/roles.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Worker, WorkerInput } from "../../core/workers/worker-schemas.js";
import type { Database } from "../../db/database.js";
import { insertWorkerAccount } from "../../db/repositories/account-repository.js";
import { findWorkerByPhone, insertConsent, insertWorker } from "../../db/repositories/worker-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkReferenceCodes, workerReferenceCodes } from "../reference/check-reference-codes.js";

/**
 * Registers a worker at the caseworker's centre, with the consent to keep their file given at the interview,
 * and opens their phone sign-in. One transaction: all of it or nothing.
 */
export async function createWorker(db: Database, actor: Actor, input: WorkerInput): Promise<Worker> {
  const centreId = actor.centreId;
  if (!centreId) throw new DomainError("forbidden", "Only staff of a centre register workers.");
  checkReferenceCodes(workerReferenceCodes(input));
  return db.transaction(async (tx) => {
    if (await findWorkerByPhone(tx, input.phone)) {
      throw new DomainError("phone_taken", "This phone number is already registered.", [{ path: ["phone"], message: "errors.phoneTaken" }]);
    }
    const worker = await insertWorker(tx, centreId, input);
    await insertConsent(tx, {
      centreId,
      workerId: worker.id,
      purpose: "profile_processing",
      granted: true,
      method: "in_person",
      recordedBy: actor.userId,
    });
    await insertWorkerAccount(tx, {
      id: worker.id,
      centreId,
      phone: input.phone,
      name: `${input.givenName} ${input.familyName}`,
      locale: input.preferredLanguage,
    });
    await recordAudit(tx, { actor, action: "worker.create", entityType: "worker", entityId: worker.id, centreId, outcome: "allowed" });
    return worker;
  });
}
