import type { z } from "zod";
import type { Actor } from "../../core/access/roles.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { VettingStatus } from "../../core/vetting/vetting-codes.js";
import { APPROVING_STATUSES, completenessOf, mayMove, NOTE_REQUIRED } from "../../core/vetting/vetting-lifecycle.js";
import type { VettingFile, vettingDecisionInput } from "../../core/vetting/vetting-schemas.js";
import type { Database } from "../../db/database.js";
import { insertVettingEvent, listEmployerDocuments } from "../../db/repositories/vetting-repository.js";
import { changeVetting } from "./vetting-file.js";

/**
 * The centre's decision on a file: approve (with conditions), suspend, reject, or reopen a rejected file. Conditions
 * and reasons are required; only a complete file with its required documents verified is approved. Every decision
 * is a history entry with who, when and why.
 */
export async function decideVetting(
  db: Database,
  actor: Actor,
  employerId: string,
  input: z.output<typeof vettingDecisionInput>,
  expectedVersion: number,
  now: Date,
): Promise<VettingFile> {
  const to: VettingStatus = input.status;
  return changeVetting(db, actor, {
    action: "vetting.decide",
    employerId,
    expectedVersion,
    now,
    change: async (tx, current, employer) => {
      const from = current.status as VettingStatus;
      if (!mayMove(from, to)) {
        throw new DomainError("invalid_transition", `A ${from} file cannot become ${to}.`, [
          { path: ["status"], message: "errors.transitionNotAllowed", params: { from, to } },
        ]);
      }
      if (NOTE_REQUIRED.includes(to) && input.note === "") {
        throw new DomainError("validation_failed", "Say why (or on which conditions).", [
          { path: ["note"], message: "errors.reasonRequired" },
        ]);
      }
      if (APPROVING_STATUSES.includes(to)) {
        const missing = completenessOf({
          declarations: current.declarations,
          answers: current.selfAssessment,
          documents: await listEmployerDocuments(tx, employer.id),
          accommodationOffered: employer.accommodationOffered,
        });
        if (!missing.complete) {
          throw new DomainError("validation_failed", "The file is not complete: it cannot be approved yet.", [
            ...missing.missingDeclarations.map((code) => ({ path: ["declarations", code], message: "errors.required" })),
            ...missing.missingAnswers.map((code) => ({ path: ["selfAssessment", code], message: "errors.required" })),
            ...[...missing.missingDocuments, ...missing.unverifiedDocuments].map((kind) => ({
              path: ["documents", kind],
              message: "errors.required",
            })),
          ]);
        }
      }
      await insertVettingEvent(tx, {
        centreId: employer.centreId,
        employerId: employer.id,
        fromStatus: from,
        toStatus: to,
        note: input.note,
        byUserId: actor.userId,
        byRole: actor.role,
      });
      return {
        status: to,
        // The conditions of the approval, or the reason of the suspension or rejection; a reopened file starts afresh.
        conditions: to === "approved" || to === "pending" ? "" : input.note,
        decidedBy: actor.userId,
        decidedAt: now,
      };
    },
    details: (current, next) => ({ what: "decision", from: current.status, to: next.status }),
  });
}
