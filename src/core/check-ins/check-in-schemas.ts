import { z } from "zod";
import { isoDate, uuid } from "../shared/primitives.js";
import {
  CHECK_IN_ANSWERS,
  CHECK_IN_CONTACTS,
  CHECK_IN_KINDS,
  CHECK_IN_QUESTIONS,
  CHECK_IN_STATUSES,
  CHECK_IN_VIA,
} from "./check-in-codes.js";

/** Which check-ins a list shows: due now (asked, not yet answered), missed, answered, still to come, or all. */
export const CHECK_IN_VIEWS = ["due", "missed", "answered", "upcoming", "all"] as const;
export type CheckInView = (typeof CHECK_IN_VIEWS)[number];

export const checkInListQuery = z.object({
  view: z.enum(CHECK_IN_VIEWS).default("all"),
  workerId: uuid.optional(),
  /** Only the workers who gave no consent to messages: the call list. */
  callOnly: z.stringbool().default(false),
});
export type CheckInListQuery = z.infer<typeof checkInListQuery>;

const answer = z.enum(CHECK_IN_ANSWERS);

/** The worker's answers, one per question asked (housing only when the job came with accommodation). */
export const checkInAnswerInput = z.strictObject({
  answers: z.partialRecord(z.enum(CHECK_IN_QUESTIONS), answer),
  comment: z.string().trim().max(2000).default(""),
  /** Staff say how they heard the answers; a worker answering in the portal leaves it out. */
  answeredVia: z.enum(["phone", "in_person"]).optional(),
});
export type CheckInAnswerInput = z.infer<typeof checkInAnswerInput>;

export const checkIn = z.object({
  id: uuid,
  centreId: uuid,
  placementId: uuid,
  workerId: uuid,
  workerName: z.string(),
  /** For the call list of staff; the worker sees their own. */
  workerPhone: z.string(),
  preferredLanguage: z.string(),
  /** How the worker is asked, from their consents to messages. */
  contact: z.enum(CHECK_IN_CONTACTS),
  employerId: uuid,
  employerName: z.string(),
  jobTitle: z.string(),
  placementStart: isoDate,
  placementEnd: isoDate.nullable(),
  kind: z.enum(CHECK_IN_KINDS),
  dueOn: isoDate,
  /** After this day an unanswered check-in is missed. */
  answerBy: isoDate,
  status: z.enum(CHECK_IN_STATUSES),
  sentAt: z.string().nullable(),
  questions: z.array(z.enum(CHECK_IN_QUESTIONS)),
  answers: z.partialRecord(z.enum(CHECK_IN_QUESTIONS), answer),
  comment: z.string(),
  answeredAt: z.string().nullable(),
  answeredVia: z.enum(CHECK_IN_VIA).nullable(),
  grievanceId: uuid.nullable(),
  version: z.number().int(),
});
export type CheckIn = z.infer<typeof checkIn>;
