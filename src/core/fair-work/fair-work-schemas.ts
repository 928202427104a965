import { z } from "zod";
import { GRIEVANCE_SEVERITIES } from "../grievances/grievance-codes.js";
import { isoDate, uuid } from "../shared/primitives.js";
import { EMPLOYER_DOCUMENT_KINDS, VETTING_DECLARATIONS, VETTING_STATUSES } from "../vetting/vetting-codes.js";
import { FAIR_WORK_HOLD_CODES, FAIR_WORK_ITEM_CODES } from "./fair-work-score.js";

const count = z.number().int().min(0);

export const fairWorkItem = z.object({
  code: z.enum(FAIR_WORK_ITEM_CODES),
  points: z.number().int(),
  counts: z.record(z.string(), count),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** A hold; which grievance caused it is named to staff only. */
export const fairWorkHold = z.object({
  code: z.enum(FAIR_WORK_HOLD_CODES),
  grievanceId: uuid.optional(),
  reference: z.string().optional(),
  severity: z.enum(GRIEVANCE_SEVERITIES).optional(),
});

/** Something the employer can do to raise the score or lift a hold; the web app links each to its page. */
export const fairWorkToFix = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("corrective_action"),
    id: uuid,
    inspectionId: uuid,
    description: z.string(),
    dueDate: isoDate,
    overdue: z.boolean(),
  }),
  z.object({ kind: z.literal("declaration"), code: z.enum(VETTING_DECLARATIONS) }),
  z.object({ kind: z.literal("self_assessment"), missing: count }),
  z.object({ kind: z.literal("document"), code: z.enum(EMPLOYER_DOCUMENT_KINDS) }),
  z.object({ kind: z.literal("offer"), id: uuid, title: z.string() }),
]);
export type FairWorkToFix = z.infer<typeof fairWorkToFix>;

export const fairWorkView = z.object({
  employerId: uuid,
  employerName: z.string(),
  vettingStatus: z.enum(VETTING_STATUSES).nullable(),
  score: z.number().int().min(0).max(100),
  bar: z.number().int(),
  matchable: z.boolean(),
  belowBar: z.boolean(),
  holds: z.array(fairWorkHold),
  items: z.array(fairWorkItem),
  toFix: z.array(fairWorkToFix),
});
export type FairWorkView = z.infer<typeof fairWorkView>;

/** Why an offer's employer is not matched: its score against the bar, and its holds (codes only). */
export const employerNotMatchable = z.object({
  score: z.number().int(),
  bar: z.number().int(),
  belowBar: z.boolean(),
  holds: z.array(z.enum(FAIR_WORK_HOLD_CODES)),
});
export type EmployerNotMatchable = z.infer<typeof employerNotMatchable>;

/** A coordinator's review of the matching hold a substantiated serious grievance caused. */
export const fairWorkReviewInput = z.strictObject({
  grievanceId: uuid,
  note: z.string().trim().min(1, { message: "errors.required" }).max(2000),
});
export type FairWorkReviewInput = z.infer<typeof fairWorkReviewInput>;

/** Grievances by severity; "untriaged" ones have none yet. */
const bySeverity = z.object({ untriaged: count, low: count, medium: count, high: count, critical: count });

/** An employer the coordinator should look at: on hold or below the bar. */
export const employerNeedingAttention = z.object({
  employerId: uuid,
  legalName: z.string(),
  score: z.number().int(),
  belowBar: z.boolean(),
  holds: z.array(z.enum(FAIR_WORK_HOLD_CODES)),
});

/** The centre's decent-work figures at a glance, counts only. */
export const complianceOverview = z.object({
  grievances: z.object({ open: bySeverity, overdue: bySeverity }),
  inspections: z.object({ dueThisWeek: count, overdue: count }),
  correctiveActions: z.object({ overdue: count }),
  checkIns: z.object({ missed: count, unanswered: count }),
  employers: z.object({ total: count, onHold: count, belowBar: count, vettingPending: count, notVetted: count }),
  attention: z.array(employerNeedingAttention),
});
export type ComplianceOverview = z.infer<typeof complianceOverview>;
