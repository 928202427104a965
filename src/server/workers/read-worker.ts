import type { Actor } from "../../core/access/roles.js";
import type { Worker } from "../../core/workers/worker-schemas.js";
import type { Database } from "../../db/database.js";
import { findWorker } from "../../db/repositories/worker-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";

/** Every opening of a worker's file is audited: who, when, which file. */
export async function readWorker(db: Database, actor: Actor, workerId: string): Promise<Worker> {
  const worker = await findWorker(db, workerId);
  authoriseRecord(actor, "worker.read", { type: "worker", id: workerId }, worker && { centreId: worker.centreId, workerId: worker.id });
  await recordAudit(db, {
    actor,
    action: "worker.read",
    entityType: "worker",
    entityId: workerId,
    centreId: worker?.centreId ?? null,
    outcome: "allowed",
  });
  return worker as Worker;
}
