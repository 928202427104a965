// The kinds of labour rule an offer is checked against. Labels: namespace "labourRules".

export const LABOUR_RULE_KINDS = [
  /** A pay floor: amountCents per payUnit. */
  "min_pay",
  /** Limits in hours (value). */
  "max_hours_week",
  "max_hours_day",
  "min_daily_rest_hours",
  /** Caps on deductions, as a percentage of gross pay (value). */
  "max_deduction_accommodation_pct",
  "max_deduction_meals_pct",
  "max_deduction_total_pct",
  /** Days a seasonal worker may work in a year (value). */
  "seasonal_day_cap",
] as const;
export type LabourRuleKind = (typeof LABOUR_RULE_KINDS)[number];
