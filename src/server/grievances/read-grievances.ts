import type { ListFilter } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import type { GrievanceDetail, GrievanceListQuery, GrievanceSummary } from "../../core/grievances/grievance-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database, Transaction } from "../../db/database.js";
import {
  eventsOf,
  findGrievanceRow,
  type GrievanceListRow,
  listGrievanceRows,
  signingWorkerOf,
} from "../../db/repositories/grievance-repository.js";
import { authoriseRecord, notFound } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { toGrievanceDetail, toGrievanceSummary } from "./grievance-view.js";

/** The queue: filtered, soonest due first. A worker's list holds the cases they signed. */
export async function listGrievances(
  db: Database,
  actor: Actor,
  filter: ListFilter,
  query: GrievanceListQuery,
  page: PageQuery,
  now: Date,
): Promise<Page<GrievanceSummary>> {
  const { mine, overdue, ...rest } = query;
  const rows = await listGrievanceRows(
    db,
    filter,
    { ...rest, ...(mine === "true" ? { assignedTo: actor.userId } : {}), ...(overdue === "true" ? { overdueAt: now } : {}) },
    page,
  );
  return { ...rows, items: rows.items.map((row) => toGrievanceSummary(row, now)) };
}

/**
 * Loads a case for an action, refusing another centre's (or, for a worker, anyone else's) with the same 404 as a
 * missing one. The signing worker is looked up for the access check only and never returned.
 */
export async function loadGrievance(
  db: Database | Transaction,
  actor: Actor,
  action: "grievance.read" | "grievance.note" | "grievance.triage" | "grievance.reveal",
  id: string,
): Promise<GrievanceListRow> {
  const row = await findGrievanceRow(db, id);
  const workerId = row && actor.role === "worker" ? await signingWorkerOf(db, id) : null;
  authoriseRecord(actor, action, { type: "grievance", id }, row && { centreId: row.centreId, workerId });
  return row as GrievanceListRow;
}

/** One case with its timeline. A worker reads their own case as its reporter does. */
export async function readGrievance(db: Database, actor: Actor, id: string, now: Date): Promise<GrievanceDetail> {
  const row = await loadGrievance(db, actor, "grievance.read", id);
  const reporterView = actor.role === "worker";
  // Staff openings are audited. The reporter reading their own case is not: an entry naming the worker's account
  // beside the case, in a trail coordinators read, would tell them who reported it.
  if (!reporterView) {
    await recordAudit(db, {
      actor,
      action: "grievance.read",
      entityType: "grievance",
      entityId: id,
      centreId: row.centreId,
      outcome: "allowed",
    });
  }
  return toGrievanceDetail(row, await eventsOf(db, id, reporterView), now, reporterView);
}

/** The case as it stands now, with its whole timeline: the answer of every change staff make. */
export async function grievanceDetailOf(db: Database | Transaction, id: string, now: Date): Promise<GrievanceDetail> {
  const row = await findGrievanceRow(db, id);
  if (!row) throw notFound("grievance");
  return toGrievanceDetail(row, await eventsOf(db, id), now, false);
}
