import { nextReferralStages, type ReferralStage } from "../../../../core/referrals/referral-stages.js";

export const EMPLOYER_MOVES = ["interview", "hired", "declined"] as const;
export type EmployerMove = (typeof EMPLOYER_MOVES)[number];

/** The moves the shared pipeline rules open to an employer from this stage, in the order the buttons show them. */
export function employerMovesFrom(stage: ReferralStage): EmployerMove[] {
  const open = nextReferralStages(stage, "employer");
  return EMPLOYER_MOVES.filter((move) => open.includes(move));
}
