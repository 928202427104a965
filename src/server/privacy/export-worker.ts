import type { Actor } from "../../core/access/roles.js";
import type { WorkerExport } from "../../core/privacy/privacy-schemas.js";
import type { Database } from "../../db/database.js";
import { loadWorkerExportRows } from "../../db/repositories/worker-export-repository.js";
import { findWorker } from "../../db/repositories/worker-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";

const iso = (date: Date) => date.toISOString();

/**
 * A worker's copy of everything held about them (GDPR art. 15, portable under art. 20). Staff appear by role,
 * employers by company name; no contact person, no other worker. The export itself is audited.
 */
export async function exportWorker(db: Database, actor: Actor, workerId: string): Promise<WorkerExport> {
  return db.transaction(async (tx) => {
    const worker = await findWorker(tx, workerId);
    authoriseRecord(actor, "worker.export", { type: "worker", id: workerId }, worker && { centreId: worker.centreId, workerId });
    if (!worker) throw new Error("unreachable: authoriseRecord refuses a missing worker");
    const rows = await loadWorkerExportRows(tx, worker);
    await recordAudit(tx, {
      actor,
      action: "worker.export",
      entityType: "worker",
      entityId: workerId,
      centreId: worker.centreId,
      outcome: "allowed",
    });
    return {
      format: "primacenters.worker-export.v1",
      exportedAt: iso(new Date()),
      centre: rows.centre,
      file: worker,
      account: rows.account && {
        phoneNumber: rows.account.phoneNumber,
        locale: rows.account.locale,
        createdAt: iso(rows.account.createdAt),
        sessions: rows.account.sessions.map((s) => ({ createdAt: iso(s.createdAt), expiresAt: iso(s.expiresAt), userAgent: s.userAgent })),
      },
      consents: rows.consents.map((c) => ({ ...c, recordedAt: iso(c.recordedAt) })),
      referrals: rows.referrals.map(({ id, events, ...r }) => ({
        ...r,
        createdAt: iso(r.createdAt),
        updatedAt: iso(r.updatedAt),
        events: events.map(({ referralId, ...e }) => ({ ...e, at: iso(e.at) })),
      })),
      placements: rows.placements,
      attachments: rows.attachments.map(({ id, ...a }) => ({ ...a, createdAt: iso(a.createdAt) })),
      messages: rows.messages.map((m) => ({ ...m, createdAt: iso(m.createdAt) })),
      accessLog: rows.accessLog.map((a) => ({ ...a, at: iso(a.at) })),
    };
  });
}
