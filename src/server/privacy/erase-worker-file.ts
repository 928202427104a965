import type { Actor } from "../../core/access/roles.js";
import type { ErasureReason } from "../../core/privacy/privacy-schemas.js";
import type { Transaction } from "../../db/database.js";
import { anonymiseWorker, insertErasures } from "../../db/repositories/erasure-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { forgetCachedSessions } from "../auth/session-cache.js";
import { endOpenReferrals } from "./end-open-referrals.js";

/**
 * The one erasure code path, for a request (art. 17), the retention schedule and a restore: ends open candidacies,
 * removes the personal data, adds the worker to the erasure list and audits it with codes only.
 * Returns whether personal data were there to erase.
 */
export async function eraseWorkerFile(
  tx: Transaction,
  actor: Actor | null,
  subject: { workerId: string; centreId: string; reason: ErasureReason },
): Promise<boolean> {
  await endOpenReferrals(tx, actor, subject.workerId, "erased");
  const erased = await anonymiseWorker(tx, subject.workerId);
  // The worker's account and its sessions are gone with the file.
  forgetCachedSessions();
  await insertErasures(tx, [
    { centreId: subject.centreId, subjectType: "worker", subjectId: subject.workerId, reason: subject.reason, byRole: actor?.role ?? null },
  ]);
  if (erased) {
    await recordAudit(tx, {
      actor,
      action: "worker.erase",
      entityType: "worker",
      entityId: subject.workerId,
      centreId: subject.centreId,
      outcome: "allowed",
      details: { reason: subject.reason },
    });
  }
  return erased;
}
