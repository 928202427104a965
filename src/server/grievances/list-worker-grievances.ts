import type { Actor } from "../../core/access/roles.js";
import type { GrievanceSummary } from "../../core/grievances/grievance-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database } from "../../db/database.js";
import { listWorkerGrievanceRows } from "../../db/repositories/grievance-repository.js";
import { findWorker } from "../../db/repositories/worker-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { toGrievanceSummary } from "./grievance-view.js";

/**
 * The grievances a worker signed, on the worker's file: staff see only those the worker chose to share with the
 * centre's caseworkers; the worker sees all of their own.
 */
export async function listWorkerGrievances(
  db: Database,
  actor: Actor,
  workerId: string,
  page: PageQuery,
  now: Date,
): Promise<Page<GrievanceSummary>> {
  const worker = await findWorker(db, workerId);
  authoriseRecord(actor, "grievance.list", { type: "worker", id: workerId }, worker && { centreId: worker.centreId, workerId: worker.id });
  const self = actor.role === "worker";
  const rows = await listWorkerGrievanceRows(db, { centreId: worker?.centreId ?? "", workerId }, !self, page);
  return {
    ...rows,
    items: rows.items.map((row) => {
      const summary = toGrievanceSummary(row, now);
      return self ? { ...summary, assignedTo: null, assignedToName: null } : summary;
    }),
  };
}
