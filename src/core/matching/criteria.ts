/** What a match is judged on. The first four are hard rules (availability is also scored). */
export const MATCH_CRITERIA = [
  "authorisation",
  "availability",
  "certificate",
  "licence",
  "skills",
  "experience",
  "language",
  "distance",
  "preferences",
] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

/** The criteria that earn points; the order is the order reasons are listed in. */
export const SOFT_CRITERIA = ["availability", "skills", "experience", "language", "distance", "preferences"] as const;
export type SoftCriterion = (typeof SOFT_CRITERIA)[number];

export const MATCH_REASON_KINDS = ["met", "partial", "missing", "excluded", "warning"] as const;
export type MatchReasonKind = (typeof MATCH_REASON_KINDS)[number];
