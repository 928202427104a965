import { listFilterFor } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import { DATA_CATEGORIES, type DataCategory } from "../../core/privacy/data-classification.js";
import type { RetentionApplyResult, RetentionReport } from "../../core/privacy/privacy-schemas.js";
import {
  isAppliedByApplication,
  RETENTION_SWEEP_NAMES,
  RETENTION_SWEEPS,
  type RetentionSweep,
  retentionCutoff,
  sweepRetention,
  withdrawnFileCutoff,
} from "../../core/privacy/retention.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database, Transaction } from "../../db/database.js";
import {
  countAuditDue,
  countConsentProofsDue,
  countExpiredSignIns,
  countMessagesDue,
  deleteConsentProofsDue,
  deleteExpiredSignIns,
  deleteMessagesDue,
  type RetentionScope,
  workerFilesDue,
} from "../../db/repositories/retention-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { eraseWorkerFile } from "./erase-worker-file.js";

function scopeOf(actor: Actor, action: "privacy.read" | "retention.apply"): RetentionScope {
  const filter = listFilterFor(actor, action);
  if (filter?.kind === "any") return { centreId: null };
  if (filter?.kind === "centre") return { centreId: filter.centreId };
  throw new DomainError("forbidden", "The retention schedule is not available to you.");
}

function cutoff(sweep: RetentionSweep, now: Date): Date {
  const date = retentionCutoff(sweepRetention(sweep), now);
  if (!date) throw new Error(`sweep ${sweep} has no period`);
  return date;
}

interface Sweeper {
  count(db: Database | Transaction, scope: RetentionScope, now: Date): Promise<number>;
  /** Erases what is due; absent for a sweep the application does not apply itself. */
  apply?(tx: Transaction, actor: Actor, scope: RetentionScope, now: Date): Promise<number>;
}

const fileCutoffs = (now: Date) => ({ inactiveBefore: cutoff("worker_files", now), withdrawnBefore: withdrawnFileCutoff(now) });

const SWEEPERS: Record<RetentionSweep, Sweeper> = {
  worker_files: {
    count: async (db, scope, now) => (await workerFilesDue(db, scope, fileCutoffs(now))).length,
    async apply(tx, actor, scope, now) {
      const due = await workerFilesDue(tx, scope, fileCutoffs(now));
      for (const file of due) await eraseWorkerFile(tx, actor, { workerId: file.id, centreId: file.centreId, reason: "retention_expired" });
      return due.length;
    },
  },
  consent_proofs: {
    count: (db, scope, now) => countConsentProofsDue(db, scope, cutoff("consent_proofs", now)),
    apply: (tx, _actor, scope, now) => deleteConsentProofsDue(tx, scope, cutoff("consent_proofs", now)),
  },
  sessions: {
    count: (db, _scope, now) => countExpiredSignIns(db, cutoff("sessions", now)),
    apply: (tx, _actor, _scope, now) => deleteExpiredSignIns(tx, cutoff("sessions", now)),
  },
  messages: {
    count: (db, scope, now) => countMessagesDue(db, scope, cutoff("messages", now)),
    apply: (tx, _actor, scope, now) => deleteMessagesDue(tx, scope, cutoff("messages", now)),
  },
  audit: { count: (db, scope, now) => countAuditDue(db, scope, cutoff("audit", now)) },
};

/** Each category's retention period and, per sweep, how many records are past it. */
export async function readRetentionSchedule(db: Database, actor: Actor, now = new Date()): Promise<RetentionReport> {
  const scope = scopeOf(actor, "privacy.read");
  const sweeps = [];
  for (const sweep of RETENTION_SWEEP_NAMES) {
    sweeps.push({
      sweep,
      categories: [...RETENTION_SWEEPS[sweep]],
      retention: sweepRetention(sweep),
      automatic: isAppliedByApplication(sweep),
      due: await SWEEPERS[sweep].count(db, scope, now),
    });
  }
  return {
    asOf: now.toISOString(),
    categories: (Object.keys(DATA_CATEGORIES) as DataCategory[]).map((category) => ({
      category,
      retention: DATA_CATEGORIES[category].retention,
    })),
    sweeps,
  };
}

/**
 * Erases what is past its period: worker files through the same erasure as a request, other rows deleted.
 * A dry run counts and changes nothing. One transaction: all of it or nothing, with one audit entry.
 */
export async function applyRetention(db: Database, actor: Actor, dryRun: boolean, now = new Date()): Promise<RetentionApplyResult> {
  const scope = scopeOf(actor, "retention.apply");
  return db.transaction(async (tx) => {
    const sweeps = [];
    for (const sweep of RETENTION_SWEEP_NAMES) {
      const sweeper = SWEEPERS[sweep];
      const due = await sweeper.count(tx, scope, now);
      const done = !dryRun && sweeper.apply ? await sweeper.apply(tx, actor, scope, now) : 0;
      sweeps.push({ sweep, due, done });
    }
    if (!dryRun) {
      await recordAudit(tx, {
        actor,
        action: "retention.apply",
        entityType: "retention",
        entityId: null,
        centreId: scope.centreId,
        outcome: "allowed",
        details: Object.fromEntries(sweeps.map((s) => [s.sweep, s.done])),
      });
    }
    return { dryRun, sweeps };
  });
}
