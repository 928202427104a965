import type { Role } from "../access/roles.js";

/**
 * proposed: the centre suggested the offer to the worker, who has not answered yet.
 * worker_declined: the worker said no; the employer never hears of it.
 * referred: the worker consented; the employer now sees the candidate.
 * interview → hired (a placement is recorded) or declined (by the employer, with a reason).
 * withdrawn: the worker or the centre withdrew the candidacy.
 */
export const REFERRAL_STAGES = ["proposed", "worker_declined", "referred", "interview", "hired", "declined", "withdrawn"] as const;
export type ReferralStage = (typeof REFERRAL_STAGES)[number];

export const DECLINE_REASONS = [
  "skills_mismatch",
  "position_filled",
  "no_show",
  "worker_unavailable",
  "pay_or_conditions",
  "distance",
  "other",
] as const;

const STAFF: readonly Role[] = ["caseworker", "coordinator"];
const TRANSITIONS: Record<ReferralStage, Partial<Record<ReferralStage, readonly Role[]>>> = {
  proposed: { referred: ["worker", ...STAFF], worker_declined: ["worker", ...STAFF], withdrawn: STAFF },
  worker_declined: {},
  referred: {
    interview: ["employer", ...STAFF],
    hired: ["employer", ...STAFF],
    declined: ["employer", ...STAFF],
    withdrawn: ["worker", ...STAFF],
  },
  interview: { hired: ["employer", ...STAFF], declined: ["employer", ...STAFF], withdrawn: ["worker", ...STAFF] },
  hired: {},
  declined: {},
  withdrawn: {},
};

export function canMoveReferral(from: ReferralStage, to: ReferralStage, role: Role): boolean {
  return TRANSITIONS[from][to]?.includes(role) ?? false;
}

export function nextReferralStages(from: ReferralStage, role: Role): ReferralStage[] {
  return (Object.entries(TRANSITIONS[from]) as [ReferralStage, readonly Role[]][])
    .filter(([, roles]) => roles.includes(role))
    .map(([to]) => to);
}

/** The employer sees a candidate only once the worker has consented to the referral. */
export function isVisibleToEmployer(stage: ReferralStage): boolean {
  return stage !== "proposed" && stage !== "worker_declined";
}

/** A worker holds one live candidacy per offer. */
export function isReferralOpen(stage: ReferralStage): boolean {
  return stage === "proposed" || stage === "referred" || stage === "interview";
}
