// The self-assessment an employer fills in for fair-employer vetting: ten questions on the conditions the ILO
// indicators and the labour inspectorates look at first. Wording lives in the translation files (namespace "vetting").

export const SELF_ASSESSMENT_QUESTIONS = [
  "written_contracts_in_worker_language",
  "pay_slips",
  "working_time_records",
  "weekly_rest_days",
  "safety_training",
  "protective_equipment",
  "water_and_shade",
  "accommodation_standards",
  "no_recruitment_fees",
  "grievance_handling",
] as const;
export type SelfAssessmentQuestion = (typeof SELF_ASSESSMENT_QUESTIONS)[number];

export const SELF_ASSESSMENT_ANSWERS = ["yes", "partly", "no"] as const;
export type SelfAssessmentAnswer = (typeof SELF_ASSESSMENT_ANSWERS)[number];
