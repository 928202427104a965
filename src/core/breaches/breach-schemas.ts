import { z } from "zod";
import { withoutDefaults } from "../shared/patch-schema.js";
import { uuid } from "../shared/primitives.js";

/** The kinds of personal data a breach can touch (GDPR art. 33(3)(a): "the categories of personal data concerned"). */
export const BREACH_DATA_CATEGORIES = [
  "identity",
  "contact",
  "identity_documents",
  "work_permits",
  "employment",
  "financial",
  "health",
  "complaints",
  "photos",
  "other",
] as const;
export type BreachDataCategory = (typeof BREACH_DATA_CATEGORIES)[number];

/** High risk to people's rights and freedoms means they must be told too (art. 34). */
export const BREACH_RISK_LEVELS = ["low", "high"] as const;
export const BREACH_STATUSES = ["open", "closed"] as const;

const instant = z.iso.datetime({ offset: true, message: "errors.invalidDate" });
const longText = z.string().trim().max(4000);

/** What is known of a breach; every date after its discovery, and its discovery not in the future. */
const breachDetails = z.strictObject({
  discoveredAt: instant,
  description: longText.min(1, { message: "errors.required" }),
  dataCategories: z.array(z.enum(BREACH_DATA_CATEGORIES)).min(1, { message: "errors.required" }).max(BREACH_DATA_CATEGORIES.length),
  peopleAffected: z.number().int().min(0).max(100_000_000),
  likelyConsequences: longText.default(""),
  riskLevel: z.enum(BREACH_RISK_LEVELS),
  measuresTaken: longText.default(""),
  reportedToAuthorityAt: instant.nullable().default(null),
  peopleInformedAt: instant.nullable().default(null),
});

type DatedBreach = { discoveredAt?: string; reportedToAuthorityAt?: string | null; peopleInformedAt?: string | null };

/** The rules across fields, checked on a whole record (a create, or a change merged with what is stored). */
export function checkBreachDates(breach: DatedBreach, context: z.RefinementCtx, now: Date = new Date()): void {
  if (!breach.discoveredAt) return;
  const discovered = Date.parse(breach.discoveredAt);
  // A few minutes of leeway for a browser clock that runs slightly ahead.
  if (discovered > now.getTime() + 5 * 60_000) {
    context.addIssue({ code: "custom", path: ["discoveredAt"], message: "errors.notInFuture" });
  }
  for (const field of ["reportedToAuthorityAt", "peopleInformedAt"] as const) {
    const value = breach[field];
    if (value && Date.parse(value) < discovered) context.addIssue({ code: "custom", path: [field], message: "errors.beforeDiscovery" });
  }
}

/** Network-wide roles (admin) say which centre the breach belongs to; centre staff record for their own centre. */
export const breachInput = breachDetails
  .extend({ centreId: uuid.optional() })
  .superRefine((breach, context) => checkBreachDates(breach, context));
export type BreachInput = z.input<typeof breachInput>;

export const breachPatch = z
  .strictObject({ ...withoutDefaults(breachDetails.shape), status: z.enum(BREACH_STATUSES) })
  .partial()
  .superRefine((patch, context) => checkBreachDates(patch, context));
export type BreachPatch = z.input<typeof breachPatch>;

/** The whole record after a change, checked again as one. */
export const breachRecord = breachDetails.extend({ status: z.enum(BREACH_STATUSES) }).superRefine((b, c) => checkBreachDates(b, c));

export const AUTHORITY_NOTICES = ["reported_in_time", "reported_late", "pending", "overdue"] as const;

export const breach = z.object({
  id: uuid,
  centreId: uuid,
  reference: z.string(),
  discoveredAt: z.string(),
  description: z.string(),
  dataCategories: z.array(z.enum(BREACH_DATA_CATEGORIES)),
  peopleAffected: z.number().int(),
  likelyConsequences: z.string(),
  riskLevel: z.enum(BREACH_RISK_LEVELS),
  measuresTaken: z.string(),
  reportedToAuthorityAt: z.string().nullable(),
  peopleInformedAt: z.string().nullable(),
  status: z.enum(BREACH_STATUSES),
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** 72 hours after discovery: when the supervisory authority must have been told (art. 33(1)). */
  authorityDeadline: z.string(),
  authorityNotice: z.enum(AUTHORITY_NOTICES),
});
export type Breach = z.infer<typeof breach>;

export const breachListQuery = z.object({ status: z.enum(BREACH_STATUSES).optional() });
