import { type CheckInAnswers, questionsFor } from "../../core/check-ins/check-in-answers.js";
import type { CheckInKind, CheckInStatus, CheckInVia } from "../../core/check-ins/check-in-codes.js";
import { contactFor, lastDayToAnswer } from "../../core/check-ins/check-in-schedule.js";
import type { CheckIn } from "../../core/check-ins/check-in-schemas.js";
import type { CheckInRow } from "../../db/repositories/check-in-repository.js";

/** A check-in as the API shows it: to the worker themself and to centre staff only (never to an employer). */
export function toCheckIn(row: CheckInRow): CheckIn {
  const c = row.checkIn;
  return {
    id: c.id,
    centreId: c.centreId,
    placementId: c.placementId,
    workerId: c.workerId,
    workerName: `${row.givenName} ${row.familyName}`.trim(),
    workerPhone: row.phone,
    preferredLanguage: row.preferredLanguage,
    contact: contactFor({ whatsapp: row.byWhatsapp, sms: row.bySms }),
    employerId: c.employerId,
    employerName: row.employerName,
    jobTitle: row.jobTitle,
    placementStart: row.placementStart,
    placementEnd: row.placementEnd,
    kind: c.kind as CheckInKind,
    dueOn: c.dueOn,
    answerBy: lastDayToAnswer(c.dueOn),
    status: c.status as CheckInStatus,
    sentAt: c.sentAt?.toISOString() ?? null,
    questions: questionsFor(row.accommodationProvided),
    answers: c.answers as CheckInAnswers,
    comment: c.comment,
    answeredAt: c.answeredAt?.toISOString() ?? null,
    answeredVia: c.answeredVia as CheckInVia | null,
    grievanceId: c.grievanceId,
    version: c.version,
  };
}
