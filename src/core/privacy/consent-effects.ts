import type { ConsentPurpose } from "../reference/codes.js";

/** Processing that runs only with the worker's consent; withdrawing that consent stops it at once. */
export const CONSENT_REQUIRED_FOR = {
  /** Candidate searches for an offer and the worker's own list of matching offers. */
  matching: "profile_processing",
  /** Putting the worker forward for an offer (proposed or referred). */
  referral: "profile_processing",
  /** Employers see the worker's candidacies for their offers. */
  employer_sharing: "referral_to_employers",
} as const satisfies Record<string, ConsentPurpose>;
export type ConsentBasedStep = keyof typeof CONSENT_REQUIRED_FOR | "open_referrals";

/** Withdrawing one of these also ends the worker's open candidacies (proposed, referred, interview). */
const ENDS_OPEN_REFERRALS: readonly ConsentPurpose[] = ["profile_processing", "referral_to_employers"];

export function endsOpenReferrals(purpose: ConsentPurpose): boolean {
  return ENDS_OPEN_REFERRALS.includes(purpose);
}

/**
 * What stops when the worker withdraws this consent. Contact by SMS or WhatsApp stops nothing yet because no
 * message is sent under those purposes: sign-in codes go out only when the worker asks for one (a contract step).
 */
export function effectsOfWithdrawing(purpose: ConsentPurpose): ConsentBasedStep[] {
  const steps = (Object.keys(CONSENT_REQUIRED_FOR) as (keyof typeof CONSENT_REQUIRED_FOR)[]).filter(
    (step) => CONSENT_REQUIRED_FOR[step] === purpose,
  );
  return endsOpenReferrals(purpose) ? [...steps, "open_referrals"] : steps;
}
