import type { z } from "zod";
import type { Actor } from "../../core/access/roles.js";
import type { ChecklistItem, InspectionStatus } from "../../core/inspections/inspection-codes.js";
import { mayMove, unansweredItems } from "../../core/inspections/inspection-rules.js";
import type { InspectionDetail, inspectionPatch } from "../../core/inspections/inspection-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { findInspection, updateInspectionRow } from "../../db/repositories/inspection-repository.js";
import type { ChecklistAnswer } from "../../db/schema/inspections.js";
import type { LinkSigner } from "../attachments/signed-link.js";
import { recordAudit } from "../audit/record-audit.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";
import { detailOf, findAuthorisedInspection } from "./read-inspections.js";

function refuseMove(from: InspectionStatus, to: InspectionStatus): DomainError {
  return new DomainError("invalid_transition", `A ${from} visit cannot become ${to}.`, [
    { path: ["status"], message: "errors.transitionNotAllowed", params: { from, to } },
  ]);
}

/**
 * Records checklist answers, the summary or a new date, and moves the visit: answering the first item of a planned
 * visit starts it; completing it needs an answer to every item. A completed or cancelled visit no longer changes.
 */
export async function updateInspection(
  db: Database,
  actor: Actor,
  id: string,
  patch: z.output<typeof inspectionPatch>,
  expectedVersion: number,
  signer: LinkSigner,
  now: Date,
): Promise<InspectionDetail> {
  return db.transaction(async (tx) => {
    const current = await findAuthorisedInspection(tx, actor, "inspection.record", id);
    checkExpectedVersion(expectedVersion, current.version);
    const from = current.status as InspectionStatus;
    const answers = patch.checklist ?? {};
    const answering = Object.keys(answers).length > 0 || patch.summary !== undefined;
    const to: InspectionStatus = patch.status ?? (answering && from === "planned" ? "in_progress" : from);
    if (from === "completed" || from === "cancelled") throw refuseMove(from, patch.status ?? from);
    if (!mayMove(from, to)) throw refuseMove(from, to);
    if (patch.scheduledFor !== undefined && from !== "planned") {
      throw new DomainError("invalid_transition", "Only a planned visit can be moved to another day.", [
        { path: ["scheduledFor"], message: "errors.transitionNotAllowed", params: { from, to } },
      ]);
    }
    const checklist: Record<string, ChecklistAnswer> = { ...current.checklist, ...answers };
    if (to === "completed") {
      const missing = unansweredItems(checklist as Partial<Record<ChecklistItem, ChecklistAnswer>>);
      if (missing.length > 0) {
        throw new DomainError(
          "validation_failed",
          "Answer every item of the checklist before completing the visit.",
          missing.map((item) => ({ path: ["checklist", item], message: "errors.required" })),
        );
      }
    }
    const saved = await updateInspectionRow(tx, current, {
      checklist,
      status: to,
      ...(patch.summary !== undefined ? { summary: patch.summary } : {}),
      ...(patch.scheduledFor !== undefined ? { scheduledFor: patch.scheduledFor } : {}),
      ...(to === "in_progress" && from === "planned" ? { visitedAt: now } : {}),
    });
    if (!saved) throw staleVersion();
    await recordAudit(tx, {
      actor,
      action: "inspection.record",
      entityType: "inspection",
      entityId: id,
      centreId: current.centreId,
      outcome: "allowed",
      details: { event: to === from ? "recorded" : to, items: Object.keys(answers).sort().join(","), employerId: current.employerId },
    });
    return detailOf(tx, actor, (await findInspection(tx, id)) as NonNullable<Awaited<ReturnType<typeof findInspection>>>, signer, now);
  });
}
