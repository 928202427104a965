import type { Actor } from "../../core/access/roles.js";
import { type CheckInAnswers, grievanceCategoriesFor, grievanceDescription, questionsFor } from "../../core/check-ins/check-in-answers.js";
import type { CheckInKind, CheckInVia } from "../../core/check-ins/check-in-codes.js";
import type { CheckIn, CheckInAnswerInput } from "../../core/check-ins/check-in-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database, Transaction } from "../../db/database.js";
import { type CheckInRow, findCheckInRow, saveCheckInAnswers } from "../../db/repositories/check-in-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { recordAudit } from "../audit/record-audit.js";
import { openGrievance } from "../grievances/open-grievance.js";
import { checkExpectedVersion, staleVersion } from "../versioning/expected-version.js";
import { toCheckIn } from "./check-in-view.js";

/** One answer per question asked; housing is "not applicable" when the job came without accommodation. */
function completeAnswers(row: CheckInRow, given: CheckInAnswers): CheckInAnswers {
  const asked = questionsFor(row.accommodationProvided);
  const details = [];
  for (const question of asked) {
    if (given[question] === undefined) details.push({ path: ["answers", question], message: "errors.required" });
  }
  if (!row.accommodationProvided && given.housing_ok !== undefined && given.housing_ok !== "not_applicable") {
    details.push({ path: ["answers", "housing_ok"], message: "errors.invalidValue" });
  }
  if (details.length > 0) throw new DomainError("validation_failed", "Answer every question of the check-in.", details);
  return asked.length < 4 ? { ...given, housing_ok: "not_applicable" } : { ...given };
}

/** A "no" opens a grievance signed by the worker, which their centre's caseworkers may know comes from them. */
async function openGrievanceFor(
  tx: Database | Transaction,
  row: CheckInRow,
  answers: CheckInAnswers,
  comment: string,
  actor: Actor,
  now: Date,
) {
  const categories = grievanceCategoriesFor(answers);
  if (categories.length === 0) return null;
  const c = row.checkIn;
  const opened = await openGrievance(
    tx,
    {
      centreId: c.centreId,
      channel: "check_in",
      language: row.preferredLanguage,
      categories,
      description: grievanceDescription({ kind: c.kind as CheckInKind, dueOn: c.dueOn }, answers, comment),
      employerId: c.employerId,
      siteId: null,
      workplaceGiven: `${row.employerName} — ${row.jobTitle}`,
      regionCode: null,
      reporter: {
        workerId: c.workerId,
        name: `${row.givenName} ${row.familyName}`.trim(),
        phone: row.phone,
        sharedWithCaseworkers: true,
      },
    },
    actor,
    now,
  );
  return opened.id;
}

/**
 * Records the worker's answers to a check-in: the worker in their portal, or staff who asked on the phone or in
 * person. Answering again is refused (409) unless the request carries If-Match with the version read: a correction.
 * An answer "no" opens a grievance (once per check-in) and the check-in keeps its id.
 */
export async function answerCheckIn(
  db: Database,
  actor: Actor,
  id: string,
  input: CheckInAnswerInput,
  expectedVersion: number | null,
  now: Date,
): Promise<CheckIn> {
  return db.transaction(async (tx) => {
    const row = await findCheckInRow(tx, id);
    authoriseRecord(actor, "checkin.answer", { type: "check_in", id }, row?.checkIn ?? null);
    const current = row as CheckInRow;
    const c = current.checkIn;
    if (expectedVersion !== null) checkExpectedVersion(expectedVersion, c.version);
    else if (c.status === "answered") {
      throw new DomainError("conflict", "This check-in is already answered; send If-Match with its version to correct it.", [
        { path: [], message: "errors.checkInAnswered" },
      ]);
    }
    if (c.status === "cancelled") {
      throw new DomainError("conflict", "This check-in was cancelled.", [{ path: [], message: "errors.checkInCancelled" }]);
    }
    const answers = completeAnswers(current, input.answers);
    const via: CheckInVia = actor.role === "worker" ? "portal" : (input.answeredVia ?? "phone");
    const grievanceId = c.grievanceId ?? (await openGrievanceFor(tx, current, answers, input.comment, actor, now));
    const saved = await saveCheckInAnswers(tx, c, {
      answers,
      comment: input.comment,
      answeredAt: now,
      answeredVia: via,
      recordedBy: actor.userId,
      grievanceId,
    });
    if (!saved) throw staleVersion();
    await recordAudit(tx, {
      actor,
      action: "checkin.answer",
      entityType: "check_in",
      entityId: id,
      centreId: c.centreId,
      outcome: "allowed",
      details: {
        via,
        correction: c.status === "answered",
        problems: grievanceCategoriesFor(answers).length > 0,
        grievanceOpened: grievanceId !== null && grievanceId !== c.grievanceId,
      },
    });
    const answered = await findCheckInRow(tx, id);
    if (!answered) throw new Error("check-in vanished");
    return toCheckIn(answered);
  });
}
