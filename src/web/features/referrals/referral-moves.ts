import type { Role } from "../../../core/access/roles.js";
import { nextReferralStages, type ReferralStage } from "../../../core/referrals/referral-stages.js";

/**
 * How staff make each move:
 * - direct: at once (an interview is easy to record and to follow with another move);
 * - consent: the worker's answer to a proposal, given to the caseworker — confirmed, as it records consent or a no;
 * - placement: hiring records the contract in a form;
 * - decline: the employer's no, with a reason;
 * - withdraw: ends the candidacy for good, confirmed first.
 */
export type MoveForm = "direct" | "consent" | "placement" | "decline" | "withdraw";

const FORM_OF: Record<ReferralStage, MoveForm> = {
  referred: "consent",
  worker_declined: "consent",
  interview: "direct",
  hired: "placement",
  declined: "decline",
  withdrawn: "withdraw",
  proposed: "direct",
};

// The step forward first, the ways out last.
const ORDER: readonly ReferralStage[] = ["referred", "interview", "hired", "worker_declined", "declined", "withdrawn"];

export interface ReferralMoveOption {
  to: ReferralStage;
  form: MoveForm;
}

/** The moves this role may make from this stage (src/core decides), in the order the menu shows them. */
export function referralMoveOptions(stage: ReferralStage, role: Role): ReferralMoveOption[] {
  const allowed = new Set(nextReferralStages(stage, role));
  return ORDER.filter((to) => allowed.has(to)).map((to) => ({ to, form: FORM_OF[to] }));
}
