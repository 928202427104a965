import type { Actor } from "../../core/access/roles.js";
import type { GrievanceCategory, GrievanceChannel } from "../../core/grievances/grievance-codes.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database, Transaction } from "../../db/database.js";
import {
  centreOfGrievanceExists,
  employerInCentre,
  insertGrievance,
  insertGrievanceEvent,
  insertGrievanceReporter,
  nextGrievanceReference,
  siteInCentre,
} from "../../db/repositories/grievance-report-repository.js";
import { isUniqueViolation } from "../../db/repositories/unique-violation.js";
import { recordAudit } from "../audit/record-audit.js";
import { followUpCodeHash, newFollowUpCode } from "./follow-up-secret.js";

export interface GrievanceOpening {
  centreId: string;
  channel: GrievanceChannel;
  /** The reporter's language code. */
  language: string;
  /** At least one. */
  categories: GrievanceCategory[];
  description: string;
  /** Must belong to centreId when given. */
  employerId: string | null;
  siteId: string | null;
  /** The workplace as the reporter named it. */
  workplaceGiven: string;
  regionCode: string | null;
  /** null = anonymous. */
  reporter: { workerId: string | null; name: string; phone: string; sharedWithCaseworkers: boolean } | null;
}

/** Grounds where a person may be in danger now: triage within a day, weekends included. */
export const URGENT_CATEGORIES: readonly GrievanceCategory[] = [
  "physical_sexual_violence",
  "restriction_of_movement",
  "intimidation_threats",
  "retention_of_identity_documents",
  "isolation",
];

const HOUR = 60 * 60 * 1000;

/** When triage is due: 24 hours for urgent grounds, otherwise the end of the second working day (Monday to Friday). */
export function triageDueAt(categories: readonly GrievanceCategory[], now: Date): Date {
  if (categories.some((category) => URGENT_CATEGORIES.includes(category))) return new Date(now.getTime() + 24 * HOUR);
  const due = new Date(now);
  let workingDays = 0;
  while (workingDays < 2) {
    due.setUTCDate(due.getUTCDate() + 1);
    const day = due.getUTCDay();
    if (day !== 0 && day !== 6) workingDays++;
  }
  due.setUTCHours(23, 59, 59, 0);
  return due;
}

const refuse = (field: string, message: string) =>
  new DomainError("validation_failed", message, [{ path: [field], message: "errors.invalidValue" }]);

async function checkWorkplace(db: Database | Transaction, opening: GrievanceOpening): Promise<void> {
  if (!(await centreOfGrievanceExists(db, opening.centreId))) throw refuse("centreId", "No such centre.");
  if (opening.categories.length === 0) {
    throw new DomainError("validation_failed", "Say what the grievance is about.", [{ path: ["categories"], message: "errors.required" }]);
  }
  if (opening.employerId !== null && !(await employerInCentre(db, opening.employerId, opening.centreId))) {
    throw refuse("employerId", "The employer is not one of the centre's.");
  }
  if (opening.siteId !== null) {
    const site = await siteInCentre(db, opening.siteId, opening.centreId);
    if (!site || (opening.employerId !== null && site.employerId !== opening.employerId)) {
      throw refuse("siteId", "The site is not one of the employer's.");
    }
  }
}

/**
 * Opens a grievance: the case under the centre's next reference (GV-<year>-<n>), the reporter's row when signed, a
 * first "received" event the reporter sees, a due date for triage and the audit entry. Returns the follow-up code
 * once; only its SHA-256 is stored. Runs inside the caller's transaction; a reference or code taken by a racing
 * writer is retried under a savepoint.
 */
export async function openGrievance(
  db: Database | Transaction,
  opening: GrievanceOpening,
  by: Actor | null,
  now: Date,
): Promise<{ id: string; reference: string; followUpCode: string }> {
  await checkWorkplace(db, opening);
  // A worker reporting from their portal is a reporter, not a recorder: their account is kept out of the event and
  // the audit trail, which staff read; the reporter's row alone (revealed only by the DPO) ties the case to them.
  const recorder = by?.role === "worker" ? null : by;
  const categories = [...new Set(opening.categories)];
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const followUpCode = newFollowUpCode();
        const reference = await nextGrievanceReference(tx, opening.centreId, now.getUTCFullYear());
        const row = await insertGrievance(tx, {
          centreId: opening.centreId,
          reference,
          followUpCodeHash: followUpCodeHash(followUpCode) ?? "",
          channel: opening.channel,
          language: opening.language,
          categories,
          description: opening.description,
          employerId: opening.employerId,
          siteId: opening.siteId,
          workplaceGiven: opening.workplaceGiven,
          regionCode: opening.regionCode,
          anonymous: opening.reporter === null,
          status: "received",
          dueAt: triageDueAt(categories, now),
          createdAt: now,
          updatedAt: now,
        });
        if (opening.reporter) {
          await insertGrievanceReporter(tx, { grievanceId: row.id, centreId: opening.centreId, ...opening.reporter });
        }
        await insertGrievanceEvent(tx, {
          centreId: opening.centreId,
          grievanceId: row.id,
          kind: "status",
          visibleToReporter: true,
          toStatus: "received",
          byUserId: recorder?.userId ?? null,
          at: now,
        });
        await recordAudit(tx, {
          actor: recorder,
          action: "grievance.record",
          entityType: "grievance",
          entityId: row.id,
          centreId: opening.centreId,
          outcome: "allowed",
          details: { channel: opening.channel, anonymous: opening.reporter === null, categories: categories.length },
        });
        return { id: row.id, reference, followUpCode };
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt === 5) throw error;
    }
  }
}
