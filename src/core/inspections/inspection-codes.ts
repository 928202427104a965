// The vocabulary of inspections, monitoring visits and corrective actions. Labels: namespace "inspections".

export const INSPECTION_KINDS = ["inspection", "monitoring_visit", "follow_up"] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const INSPECTION_STATUSES = ["planned", "in_progress", "completed", "cancelled"] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/** The checklist of a visit, in the order an inspector walks through it. */
export const CHECKLIST_ITEMS = [
  "written_contracts",
  "pay_slips",
  "pay_at_or_above_floor",
  "working_hours_recorded",
  "rest_periods",
  "safety_equipment",
  "pesticide_handling",
  "drinking_water_shade",
  "accommodation",
  "identity_documents_held_by_workers",
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export const CHECKLIST_RESULTS = ["ok", "issue", "not_applicable"] as const;

export const FINDING_AREAS = ["contracts", "pay", "hours", "safety", "accommodation", "documents", "other"] as const;
export const FINDING_SEVERITIES = ["minor", "major", "critical"] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const CORRECTIVE_ACTION_STATUSES = ["open", "answered", "verified", "not_done", "cancelled"] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];

/** Where a visit stands in the inspector's queue (derived from status and date). */
export const INSPECTION_QUEUES = ["overdue", "today", "upcoming", "in_progress", "completed", "cancelled"] as const;
export type InspectionQueue = (typeof INSPECTION_QUEUES)[number];
