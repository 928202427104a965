// The vocabulary of grievances, shared by the API, the database and the web app. Labels live in the translation
// files (namespace "grievanceCodes"), never here.

/** The ILO indicators of forced labour, then the other grounds PRODUCT.md names. */
export const FORCED_LABOUR_INDICATORS = [
  "abuse_of_vulnerability",
  "deception",
  "restriction_of_movement",
  "isolation",
  "physical_sexual_violence",
  "intimidation_threats",
  "retention_of_identity_documents",
  "withholding_of_wages",
  "debt_bondage",
  "abusive_working_living_conditions",
  "excessive_overtime",
] as const;
export const GRIEVANCE_CATEGORIES = [
  ...FORCED_LABOUR_INDICATORS,
  "unpaid_wages",
  "safety",
  "housing",
  "harassment",
  "discrimination",
  "other",
] as const;
export type GrievanceCategory = (typeof GRIEVANCE_CATEGORIES)[number];

export const GRIEVANCE_CHANNELS = ["web", "sms", "phone", "in_person", "check_in"] as const;
export type GrievanceChannel = (typeof GRIEVANCE_CHANNELS)[number];

export const GRIEVANCE_STATUSES = ["received", "triaged", "investigating", "escalated", "resolved", "closed"] as const;
export type GrievanceStatus = (typeof GRIEVANCE_STATUSES)[number];

export const GRIEVANCE_SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type GrievanceSeverity = (typeof GRIEVANCE_SEVERITIES)[number];
/** Severities that, once substantiated, suspend the employer's matching at once until a coordinator reviews it. */
export const SERIOUS_SEVERITIES: readonly GrievanceSeverity[] = ["high", "critical"];

export const GRIEVANCE_OUTCOMES = ["substantiated", "partly_substantiated", "not_substantiated", "withdrawn"] as const;
export type GrievanceOutcome = (typeof GRIEVANCE_OUTCOMES)[number];
export const SUBSTANTIATED_OUTCOMES: readonly GrievanceOutcome[] = ["substantiated", "partly_substantiated"];
