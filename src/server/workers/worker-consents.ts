import type { z } from "zod";
import type { Actor } from "../../core/access/roles.js";
import { endsOpenReferrals } from "../../core/privacy/consent-effects.js";
import type { ConsentRecord, consentInput } from "../../core/workers/worker-schemas.js";
import type { Database } from "../../db/database.js";
import { findWorker, insertConsent, listConsents } from "../../db/repositories/worker-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { endOpenReferrals } from "../privacy/end-open-referrals.js";

export async function readConsents(db: Database, actor: Actor, workerId: string): Promise<ConsentRecord[]> {
  const worker = await findWorker(db, workerId);
  authoriseRecord(actor, "worker.consent.read", { type: "worker", id: workerId }, worker && { centreId: worker.centreId, workerId });
  return listConsents(db, workerId);
}

/** Consent is append-only: a withdrawal is a new record, and the latest record per purpose decides. */
export async function recordConsent(
  db: Database,
  actor: Actor,
  workerId: string,
  input: z.infer<typeof consentInput>,
): Promise<ConsentRecord> {
  return db.transaction(async (tx) => {
    const worker = await findWorker(tx, workerId);
    authoriseRecord(actor, "worker.consent.record", { type: "worker", id: workerId }, worker && { centreId: worker.centreId, workerId });
    const centreId = worker?.centreId as string;
    const method = actor.role === "worker" ? "portal" : input.method;
    const record = await insertConsent(tx, { ...input, method, centreId, workerId, recordedBy: actor.userId });
    // Processing that rests on this consent stops now: matching and sharing read the latest record, and open
    // candidacies end (docs/privacy.md, "What withdrawing a consent stops").
    const referralsEnded =
      !input.granted && endsOpenReferrals(input.purpose) ? await endOpenReferrals(tx, actor, workerId, "consent_withdrawn") : 0;
    await recordAudit(tx, {
      actor,
      action: "worker.consent.record",
      entityType: "worker",
      entityId: workerId,
      centreId,
      outcome: "allowed",
      details: { purpose: input.purpose, granted: input.granted, referralsEnded },
    });
    return record;
  });
}
