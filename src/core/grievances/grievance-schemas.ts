// What staff send and read when they handle grievances. Who reported a grievance is never part of these answers:
// staff see `signed` only; the reporter's name, phone and worker file come back from the reveal alone.
import { z } from "zod";
import { SPOKEN_LANGUAGES } from "../reference/codes.js";
import { nutsCode, personName, phoneNumber, uuid } from "../shared/primitives.js";
import {
  GRIEVANCE_CATEGORIES,
  GRIEVANCE_CHANNELS,
  GRIEVANCE_OUTCOMES,
  GRIEVANCE_SEVERITIES,
  GRIEVANCE_STATUSES,
} from "./grievance-codes.js";

const text = (max: number) => z.string().trim().max(max, { message: "errors.tooLong" });
const required = (max: number) => text(max).min(1, { message: "errors.required" });
const instant = z.iso.datetime({ offset: true, message: "errors.invalidDate" });

/** Channels through which staff take a grievance down themselves. */
export const STAFF_RECORD_CHANNELS = ["phone", "in_person"] as const;

export const GRIEVANCE_EVENT_KINDS = [
  "status",
  "note",
  "assignment",
  "triage",
  "escalation",
  "outcome",
  "message_to_reporter",
  "message_from_reporter",
  "matching_review",
] as const;
export type GrievanceEventKind = (typeof GRIEVANCE_EVENT_KINDS)[number];

/** A grievance staff take down on the phone or in person; signed (the reporter named) or anonymous (reporter null). */
export const grievanceRecordInput = z.strictObject({
  channel: z.enum(STAFF_RECORD_CHANNELS),
  language: z.enum(SPOKEN_LANGUAGES),
  categories: z
    .array(z.enum(GRIEVANCE_CATEGORIES))
    .min(1, { message: "errors.required" })
    .max(GRIEVANCE_CATEGORIES.length)
    .refine((list) => new Set(list).size === list.length, { message: "errors.invalidValue" }),
  description: required(4000),
  employerId: uuid.nullable().default(null),
  siteId: uuid.nullable().default(null),
  workplaceGiven: text(200).default(""),
  regionCode: nutsCode.nullable().default(null),
  reporter: z
    .strictObject({
      workerId: uuid.nullable().default(null),
      name: personName,
      phone: phoneNumber,
      sharedWithCaseworkers: z.boolean().default(false),
    })
    .nullable()
    .default(null),
});
export type GrievanceRecordInput = z.input<typeof grievanceRecordInput>;

/** What staff get once after recording: the follow-up code to give to the reporter (it is never shown again). */
export const grievanceRecorded = z.object({ id: uuid, reference: z.string(), followUpCode: z.string() });
export type GrievanceRecorded = z.infer<typeof grievanceRecorded>;

/** An internal note, or a message the reporter reads when they follow the case with their code. */
export const grievanceNoteInput = z.strictObject({
  body: required(4000),
  visibleToReporter: z.boolean().default(false),
});
export type GrievanceNoteInput = z.input<typeof grievanceNoteInput>;

/**
 * Triage: severity (which sets the due date unless one is given), due date, assignment. The first severity given to
 * a received case triages it.
 */
export const grievanceTriageInput = z
  .strictObject({
    severity: z.enum(GRIEVANCE_SEVERITIES),
    dueAt: instant,
    /** A staff user of the grievance's centre, or null to unassign. */
    assignedTo: z.string().trim().min(1).max(100).nullable(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: "errors.required" });
export type GrievanceTriageInput = z.input<typeof grievanceTriageInput>;

/** A status move; escalation names the body, and resolving or closing records the outcome. */
export const grievanceMoveInput = z
  .strictObject({
    to: z.enum(GRIEVANCE_STATUSES),
    escalatedTo: text(200).optional(),
    outcome: z.enum(GRIEVANCE_OUTCOMES).optional(),
    outcomeNote: text(4000).optional(),
  })
  .superRefine((move, context) => {
    if (move.to === "escalated" && !move.escalatedTo)
      context.addIssue({ code: "custom", path: ["escalatedTo"], message: "errors.required" });
  });
export type GrievanceMoveInput = z.input<typeof grievanceMoveInput>;

/** The data protection officer's reason for revealing a signed reporter: required, at least 10 characters. */
export const grievanceRevealInput = z.strictObject({
  reason: z.string().trim().min(10, { message: "errors.required" }).max(1000, { message: "errors.tooLong" }),
});
export type GrievanceRevealInput = z.input<typeof grievanceRevealInput>;

/** Who reported a signed grievance: answered to the data protection officer's reveal, and to nothing else. */
export const grievanceReporterRevealed = z.object({
  grievanceId: uuid,
  workerId: uuid.nullable(),
  name: z.string(),
  phone: z.string(),
  sharedWithCaseworkers: z.boolean(),
});
export type GrievanceReporterRevealed = z.infer<typeof grievanceReporterRevealed>;

/** A grievance as staff see it in the queue: the case, never who reported it (only whether it is signed). */
export const grievanceSummary = z.object({
  id: uuid,
  centreId: uuid,
  reference: z.string(),
  channel: z.enum(GRIEVANCE_CHANNELS),
  language: z.string(),
  categories: z.array(z.enum(GRIEVANCE_CATEGORIES)),
  description: z.string(),
  employerId: uuid.nullable(),
  employerName: z.string().nullable(),
  siteId: uuid.nullable(),
  workplaceGiven: z.string(),
  regionCode: z.string().nullable(),
  signed: z.boolean(),
  status: z.enum(GRIEVANCE_STATUSES),
  severity: z.enum(GRIEVANCE_SEVERITIES).nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  assignedTo: z.string().nullable(),
  assignedToName: z.string().nullable(),
  escalatedTo: z.string(),
  escalatedAt: z.string().nullable(),
  outcome: z.enum(GRIEVANCE_OUTCOMES).nullable(),
  /** Substantiated, serious and against an employer: the employer's matching is suspended until a coordinator reviews it. */
  matchingHold: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type GrievanceSummary = z.infer<typeof grievanceSummary>;

export const grievanceEvent = z.object({
  id: uuid,
  /** One of GRIEVANCE_EVENT_KINDS, or a kind another channel writes (a check-in that opened the case…). */
  kind: z.string(),
  visibleToReporter: z.boolean(),
  body: z.string(),
  fromStatus: z.enum(GRIEVANCE_STATUSES).nullable(),
  toStatus: z.enum(GRIEVANCE_STATUSES).nullable(),
  /** The staff member who wrote it; null for the reporter (and hidden from a worker reading their own case). */
  byUserId: z.string().nullable(),
  byName: z.string().nullable(),
  at: z.string(),
});
export type GrievanceEvent = z.infer<typeof grievanceEvent>;

/** One grievance with what was decided and its timeline. */
export const grievanceDetail = grievanceSummary.extend({
  outcomeNote: z.string(),
  matchingReviewedAt: z.string().nullable(),
  events: z.array(grievanceEvent),
});
export type GrievanceDetail = z.infer<typeof grievanceDetail>;

const flag = z.enum(["true", "false"]).optional();

export const grievanceListQuery = z.object({
  status: z.enum(GRIEVANCE_STATUSES).optional(),
  severity: z.enum(GRIEVANCE_SEVERITIES).optional(),
  category: z.enum(GRIEVANCE_CATEGORIES).optional(),
  employerId: uuid.optional(),
  /** Only the cases assigned to the signed-in user. */
  mine: flag,
  /** Only the cases past their due date and not finished. */
  overdue: flag,
});
export type GrievanceListQuery = z.infer<typeof grievanceListQuery>;

/** A staff member a case can be assigned to. */
export const grievanceAssignee = z.object({ id: z.string(), name: z.string(), role: z.string() });
export type GrievanceAssignee = z.infer<typeof grievanceAssignee>;
