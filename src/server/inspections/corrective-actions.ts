import type { z } from "zod";
import type { ListFilter } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import type { CorrectiveActionStatus } from "../../core/inspections/inspection-codes.js";
import { dayOf, mayRespond } from "../../core/inspections/inspection-rules.js";
import type {
  CorrectiveAction,
  CorrectiveActionListQuery,
  correctiveActionInput,
  correctiveActionPatch,
} from "../../core/inspections/inspection-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database, Transaction } from "../../db/database.js";
import {
  findCorrectiveAction,
  findFinding,
  insertCorrectiveAction,
  listCorrectiveActionRows,
  touchInspection,
  updateCorrectiveActionRow,
} from "../../db/repositories/inspection-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";
import { findVisitToAddTo } from "./add-finding.js";
import { seesInternals, toCorrectiveAction } from "./inspection-view.js";

type Found = NonNullable<Awaited<ReturnType<typeof findCorrectiveAction>>>;

/** An item of a plan the actor may act on; an employer knows only items of completed visits of their own. */
async function findAuthorisedAction(
  db: Database | Transaction,
  actor: Actor,
  action: "inspection.record" | "corrective_action.respond",
  id: string,
) {
  const row = await findCorrectiveAction(db, id);
  const hidden = row !== null && !seesInternals(actor) && row.inspectionStatus !== "completed";
  authoriseRecord(actor, action, { type: "corrective_action", id }, row && !hidden ? row : null);
  return row as Found;
}

function refuse(from: CorrectiveActionStatus, to: CorrectiveActionStatus): DomainError {
  return new DomainError("invalid_transition", `A ${from} corrective action cannot become ${to}.`, [
    { path: ["status"], message: "errors.transitionNotAllowed", params: { from, to } },
  ]);
}

/** The plans across visits; an employer sees the items of their own completed visits. */
export async function listCorrectiveActions(
  db: Database,
  actor: Actor,
  filter: ListFilter,
  query: CorrectiveActionListQuery,
  page: PageQuery,
  now: Date,
): Promise<Page<CorrectiveAction>> {
  const today = dayOf(now);
  const rows = await listCorrectiveActionRows(db, filter, query, page, { today, onlyCompleted: !seesInternals(actor) });
  return { ...rows, items: rows.items.map((row) => toCorrectiveAction(row, today)) };
}

/** Adds an item to the visit's corrective action plan, perhaps for one of its findings, with its due date. */
export async function addCorrectiveAction(
  db: Database,
  actor: Actor,
  inspectionId: string,
  input: z.output<typeof correctiveActionInput>,
  now: Date,
): Promise<CorrectiveAction> {
  return db.transaction(async (tx) => {
    const visit = await findVisitToAddTo(tx, actor, inspectionId);
    if (input.findingId && (await findFinding(tx, input.findingId))?.inspectionId !== inspectionId) {
      throw new DomainError("validation_failed", "The finding is not one of this visit.", [
        { path: ["findingId"], message: "errors.invalidValue" },
      ]);
    }
    const row = await insertCorrectiveAction(tx, {
      ...input,
      centreId: visit.centreId,
      employerId: visit.employerId,
      inspectionId,
      createdBy: actor.userId,
    });
    await touchInspection(tx, inspectionId);
    await recordAudit(tx, {
      actor,
      action: "inspection.record",
      entityType: "corrective_action",
      entityId: row.id,
      centreId: visit.centreId,
      outcome: "allowed",
      details: { inspectionId, event: "planned", dueDate: row.dueDate },
    });
    return toCorrectiveAction({ ...row, employerName: visit.employerName }, dayOf(now));
  });
}

/**
 * The inspector verifies an item as done, marks it not done, cancels it, reopens it, or corrects what it asks
 * and by when. A verified or cancelled item can only be reopened.
 */
export async function updateCorrectiveAction(
  db: Database,
  actor: Actor,
  id: string,
  patch: z.output<typeof correctiveActionPatch>,
  expectedVersion: number,
  now: Date,
): Promise<CorrectiveAction> {
  return db.transaction(async (tx) => {
    const current = await findAuthorisedAction(tx, actor, "inspection.record", id);
    checkExpectedVersion(expectedVersion, current.version);
    const from = current.status as CorrectiveActionStatus;
    const to = patch.status ?? from;
    const settled = from === "verified" || from === "cancelled";
    if (settled && (to !== "open" || patch.description !== undefined || patch.dueDate !== undefined)) throw refuse(from, to);
    const saved = await updateCorrectiveActionRow(tx, current, {
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.dueDate !== undefined ? { dueDate: patch.dueDate } : {}),
      status: to,
      ...(to === "verified" || to === "not_done" ? { verifiedBy: actor.userId, verifiedAt: now } : {}),
      ...(to === "open" ? { verifiedBy: null, verifiedAt: null } : {}),
    });
    if (!saved) throw staleVersion();
    await recordAudit(tx, {
      actor,
      action: "inspection.record",
      entityType: "corrective_action",
      entityId: id,
      centreId: current.centreId,
      outcome: "allowed",
      details: { inspectionId: current.inspectionId, from, to, fields: Object.keys(patch).sort().join(",") },
    });
    return toCorrectiveAction({ ...saved, employerName: current.employerName }, dayOf(now));
  });
}

/** The employer says what they did about an item of their own plan; the inspector then verifies it. */
export async function respondToCorrectiveAction(
  db: Database,
  actor: Actor,
  id: string,
  response: string,
  expectedVersion: number,
  now: Date,
): Promise<CorrectiveAction> {
  return db.transaction(async (tx) => {
    const current = await findAuthorisedAction(tx, actor, "corrective_action.respond", id);
    checkExpectedVersion(expectedVersion, current.version);
    const from = current.status as CorrectiveActionStatus;
    if (!mayRespond(from)) throw refuse(from, "answered");
    const saved = await updateCorrectiveActionRow(tx, current, { status: "answered", employerResponse: response, respondedAt: now });
    if (!saved) throw staleVersion();
    await recordAudit(tx, {
      actor,
      action: "corrective_action.respond",
      entityType: "corrective_action",
      entityId: id,
      centreId: current.centreId,
      outcome: "allowed",
      details: { inspectionId: current.inspectionId, from },
    });
    return toCorrectiveAction({ ...saved, employerName: current.employerName }, dayOf(now));
  });
}
