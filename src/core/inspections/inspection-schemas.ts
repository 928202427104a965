import { z } from "zod";
import { isoDate, uuid } from "../shared/primitives.js";
import {
  CHECKLIST_ITEMS,
  CHECKLIST_RESULTS,
  CORRECTIVE_ACTION_STATUSES,
  FINDING_AREAS,
  FINDING_SEVERITIES,
  INSPECTION_KINDS,
  INSPECTION_QUEUES,
  INSPECTION_STATUSES,
} from "./inspection-codes.js";

const note = z.string().trim().max(2000);
const text = (max: number) => z.string().trim().min(1, { message: "errors.required" }).max(max);

/** Planning a visit: which employer (and site), what kind, when; a follow-up names the visit it follows. */
export const inspectionInput = z
  .strictObject({
    employerId: uuid,
    siteId: uuid.nullable().default(null),
    kind: z.enum(INSPECTION_KINDS),
    scheduledFor: isoDate,
    grievanceId: uuid.nullable().default(null),
    followUpOf: uuid.nullable().default(null),
  })
  .superRefine((input, context) => {
    // A follow-up always follows an earlier visit, and only a follow-up does.
    if (input.kind === "follow_up" && !input.followUpOf)
      context.addIssue({ code: "custom", path: ["followUpOf"], message: "errors.required" });
    if (input.kind !== "follow_up" && input.followUpOf)
      context.addIssue({ code: "custom", path: ["followUpOf"], message: "errors.invalidValue" });
  });
export type InspectionInput = z.input<typeof inspectionInput>;

export const checklistAnswer = z.strictObject({ result: z.enum(CHECKLIST_RESULTS), note: note.default("") });

/**
 * A change to a visit: answers to checklist items (merged into the ones already given), the inspector's summary,
 * a new date while it is planned, or a move of its status (start, complete, cancel).
 */
export const inspectionPatch = z.strictObject({
  checklist: z.partialRecord(z.enum(CHECKLIST_ITEMS), checklistAnswer).optional(),
  summary: note.optional(),
  scheduledFor: isoDate.optional(),
  status: z.enum(["in_progress", "completed", "cancelled"]).optional(),
});
export type InspectionPatch = z.input<typeof inspectionPatch>;

export const findingInput = z.strictObject({
  area: z.enum(FINDING_AREAS),
  severity: z.enum(FINDING_SEVERITIES),
  description: text(2000),
});
export type FindingInput = z.input<typeof findingInput>;

export const correctiveActionInput = z.strictObject({
  description: text(2000),
  dueDate: isoDate,
  findingId: uuid.nullable().default(null),
});
export type CorrectiveActionInput = z.input<typeof correctiveActionInput>;

/** The inspector's decision on an item of the plan, or a correction of what it asks and by when. */
export const correctiveActionPatch = z.strictObject({
  description: text(2000).optional(),
  dueDate: isoDate.optional(),
  status: z.enum(["open", "verified", "not_done", "cancelled"]).optional(),
});
export type CorrectiveActionPatch = z.input<typeof correctiveActionPatch>;

/** What the employer says they did about an item of the plan. */
export const correctiveActionResponse = z.strictObject({ response: text(2000) });
export type CorrectiveActionResponse = z.input<typeof correctiveActionResponse>;

export const inspectionListQuery = z.object({
  queue: z.enum(INSPECTION_QUEUES).optional(),
  status: z.enum(INSPECTION_STATUSES).optional(),
  kind: z.enum(INSPECTION_KINDS).optional(),
  employerId: uuid.optional(),
});
export type InspectionListQuery = z.infer<typeof inspectionListQuery>;

export const correctiveActionListQuery = z.object({
  status: z.enum(CORRECTIVE_ACTION_STATUSES).optional(),
  employerId: uuid.optional(),
  overdue: z.enum(["true", "false"]).optional(),
});
export type CorrectiveActionListQuery = z.infer<typeof correctiveActionListQuery>;

export const finding = z.object({
  id: uuid,
  inspectionId: uuid,
  area: z.enum(FINDING_AREAS),
  severity: z.enum(FINDING_SEVERITIES),
  description: z.string(),
  createdAt: z.string(),
});
export type Finding = z.infer<typeof finding>;

export const correctiveAction = z.object({
  id: uuid,
  inspectionId: uuid,
  employerId: uuid,
  employerName: z.string(),
  findingId: uuid.nullable(),
  description: z.string(),
  dueDate: z.string(),
  status: z.enum(CORRECTIVE_ACTION_STATUSES),
  /** Past its due date and neither answered nor settled. */
  overdue: z.boolean(),
  employerResponse: z.string(),
  respondedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type CorrectiveAction = z.infer<typeof correctiveAction>;

/** Evidence as listed to staff: no bytes; the url is a signed link that works for a few minutes. */
export const evidence = z.object({
  id: uuid,
  findingId: uuid.nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  url: z.string(),
  urlExpiresAt: z.string(),
});
export type Evidence = z.infer<typeof evidence>;

/** One item of the checklist: unanswered (null result) or its result; the note is the inspector's, internal. */
export const checklistEntry = z.object({
  item: z.enum(CHECKLIST_ITEMS),
  result: z.enum(CHECKLIST_RESULTS).nullable(),
  note: z.string().optional(),
});

/**
 * A visit as listed. The fields marked internal are the inspection staff's only: an employer never receives them
 * (the grievance that prompted a visit could point at the worker who complained; the inspector is staff).
 */
export const inspection = z.object({
  id: uuid,
  centreId: uuid,
  employerId: uuid,
  employerName: z.string(),
  siteId: uuid.nullable(),
  siteName: z.string().nullable(),
  kind: z.enum(INSPECTION_KINDS),
  status: z.enum(INSPECTION_STATUSES),
  queue: z.enum(INSPECTION_QUEUES),
  scheduledFor: z.string(),
  visitedAt: z.string().nullable(),
  followUpOf: uuid.nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** Internal. */
  inspectorId: z.string().optional(),
  /** Internal. */
  grievanceId: uuid.nullable().optional(),
});
export type Inspection = z.infer<typeof inspection>;

/** A visit with its checklist, findings and plan (and, for staff only, summary and evidence). */
export const inspectionDetail = inspection.extend({
  checklist: z.array(checklistEntry),
  findings: z.array(finding),
  correctiveActions: z.array(correctiveAction),
  /** Internal. */
  summary: z.string().optional(),
  /** Internal. */
  evidence: z.array(evidence).optional(),
});
export type InspectionDetail = z.infer<typeof inspectionDetail>;
