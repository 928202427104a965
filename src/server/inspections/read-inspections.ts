import type { Action, ListFilter } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import { dayOf } from "../../core/inspections/inspection-rules.js";
import type { Inspection, InspectionDetail, InspectionListQuery } from "../../core/inspections/inspection-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database, Transaction } from "../../db/database.js";
import {
  correctiveActionsOf,
  evidenceOf,
  findInspection,
  findingsOf,
  listInspectionRows,
  type NamedInspectionRow,
} from "../../db/repositories/inspection-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import type { LinkSigner } from "../attachments/signed-link.js";
import { seesInternals, toInspection, toInspectionDetail } from "./inspection-view.js";

/**
 * The visit, if the actor may take the action on it. An employer knows of a visit only once it is completed
 * (an unannounced visit stays unannounced): before that it does not exist for them.
 */
export async function findAuthorisedInspection(
  db: Database | Transaction,
  actor: Actor,
  action: Action,
  id: string,
): Promise<NamedInspectionRow> {
  const row = await findInspection(db, id);
  const hidden = row !== null && !seesInternals(actor) && row.status !== "completed";
  authoriseRecord(actor, action, { type: "inspection", id }, row && !hidden ? row : null);
  return row as NamedInspectionRow;
}

/** The inspector's queue (or, for an employer, their completed visits). */
export async function listInspections(
  db: Database,
  actor: Actor,
  filter: ListFilter,
  query: InspectionListQuery,
  page: PageQuery,
  now: Date,
): Promise<Page<Inspection>> {
  const today = dayOf(now);
  const rows = await listInspectionRows(db, filter, query, page, { today, onlyCompleted: !seesInternals(actor) });
  return { ...rows, items: rows.items.map((row) => toInspection(row, actor, today)) };
}

/** A visit with its checklist, findings, corrective actions and (for staff) evidence. */
export async function detailOf(db: Database | Transaction, actor: Actor, row: NamedInspectionRow, signer: LinkSigner, now: Date) {
  const findings = await findingsOf(db, row.id);
  const actions = await correctiveActionsOf(db, row.id);
  const evidence = seesInternals(actor) ? await evidenceOf(db, row.id) : [];
  return toInspectionDetail(row, { findings, actions, evidence }, actor, signer, now, dayOf(now));
}

export async function readInspection(db: Database, actor: Actor, id: string, signer: LinkSigner, now: Date): Promise<InspectionDetail> {
  const row = await findAuthorisedInspection(db, actor, "inspection.read", id);
  return detailOf(db, actor, row, signer, now);
}
