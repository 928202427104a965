import { z } from "zod";
import { CONTRACT_TYPES, COUNTRIES, SECTORS } from "../reference/codes.js";
import { withoutDefaults } from "../shared/patch-schema.js";
import { cents, isoDate, uuid } from "../shared/primitives.js";
import { LABOUR_RULE_KINDS, type LabourRuleKind } from "./labour-rule-codes.js";

/** A rule applies to one sector (NACE A01, A02, A03 or packing) or to all of them. */
export const LABOUR_RULE_SECTORS = ["all", ...SECTORS] as const;
/** The unit of a pay floor; an offer paid by the piece is compared through its stated productivity. */
export const LABOUR_RULE_PAY_UNITS = ["hour", "day", "month"] as const;
export type LabourRulePayUnit = (typeof LABOUR_RULE_PAY_UNITS)[number];

/** The largest value each limit can sensibly hold, so a typing slip (480 hours a week) is refused. */
const VALUE_CEILING: Record<Exclude<LabourRuleKind, "min_pay">, number> = {
  max_hours_week: 168,
  max_hours_day: 24,
  min_daily_rest_hours: 24,
  max_deduction_accommodation_pct: 100,
  max_deduction_meals_pct: 100,
  max_deduction_total_pct: 100,
  seasonal_day_cap: 366,
};

const labourRuleFields = z.strictObject({
  country: z.enum(COUNTRIES),
  sector: z.enum(LABOUR_RULE_SECTORS).default("all"),
  /** null: the rule applies to every contract type. */
  contractType: z.enum(CONTRACT_TYPES).nullable().default(null),
  kind: z.enum(LABOUR_RULE_KINDS),
  payUnit: z.enum(LABOUR_RULE_PAY_UNITS).nullable().default(null),
  amountCents: cents.nullable().default(null),
  value: z.number().min(0).max(366).nullable().default(null),
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null),
  source: z.string().trim().min(3, { message: "errors.required" }).max(1000),
  note: z.string().trim().max(2000).default(""),
});

type RuleShape = Partial<z.infer<typeof labourRuleFields>>;

/** A pay floor has a unit and an amount and no value; a limit has a value within its range and no amount. */
export function checkLabourRuleCoherence(rule: RuleShape, ctx: z.RefinementCtx): void {
  if (rule.validFrom && rule.validTo && rule.validTo < rule.validFrom) {
    ctx.addIssue({ code: "custom", message: "errors.dateRangeReversed", path: ["validTo"] });
  }
  if (!rule.kind) return;
  if (rule.kind === "min_pay") {
    if (!rule.payUnit) ctx.addIssue({ code: "custom", message: "errors.required", path: ["payUnit"] });
    if (!rule.amountCents) ctx.addIssue({ code: "custom", message: "errors.payPositive", path: ["amountCents"] });
    if (rule.value !== null && rule.value !== undefined) ctx.addIssue({ code: "custom", message: "errors.invalidValue", path: ["value"] });
    return;
  }
  if (rule.value === null || rule.value === undefined) {
    ctx.addIssue({ code: "custom", message: "errors.required", path: ["value"] });
  } else if (rule.value > VALUE_CEILING[rule.kind]) {
    ctx.addIssue({ code: "custom", message: "errors.tooBig", path: ["value"] });
  }
  if (rule.payUnit) ctx.addIssue({ code: "custom", message: "errors.invalidValue", path: ["payUnit"] });
  if (rule.amountCents !== null && rule.amountCents !== undefined) {
    ctx.addIssue({ code: "custom", message: "errors.invalidValue", path: ["amountCents"] });
  }
}

export const labourRuleInput = labourRuleFields.superRefine(checkLabourRuleCoherence);
export type LabourRuleInput = z.input<typeof labourRuleInput>;
export type LabourRuleFacts = z.output<typeof labourRuleInput>;

/** A change of a rule; to end a rule, set validTo (rules are never deleted, offers were checked against them). */
export const labourRulePatch = z.strictObject(withoutDefaults(labourRuleFields.shape)).partial();
export type LabourRulePatch = z.infer<typeof labourRulePatch>;

export const labourRule = labourRuleFields.extend({
  id: uuid,
  updatedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type LabourRule = z.infer<typeof labourRule>;

export const labourRuleListQuery = z.object({
  country: z.enum(COUNTRIES).optional(),
  kind: z.enum(LABOUR_RULE_KINDS).optional(),
});
export type LabourRuleListQuery = z.infer<typeof labourRuleListQuery>;
