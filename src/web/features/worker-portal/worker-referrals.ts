import type { OfferMatch } from "../../../core/matching/match-schemas.js";
import type { Referral } from "../../../core/referrals/referral-schemas.js";
import type { ReferralStage } from "../../../core/referrals/referral-stages.js";

/** What the worker's applications list shows, the live ones first: what is happening now matters most. */
const APPLICATION_ORDER: readonly ReferralStage[] = ["interview", "referred", "hired", "declined", "withdrawn"];

export interface WorkerHome {
  /** Offers the centre proposed and the worker has not answered yet, newest first. */
  proposals: Referral[];
  /** Candidacies the worker agreed to, live ones first, then the most recently changed. */
  applications: Referral[];
  /** Other offers that fit: eligible, and not yet proposed, applied for or turned down. */
  otherJobs: OfferMatch[];
}

const newestFirst = (a: Referral, b: Referral) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/**
 * Sorts the worker's candidacies and matching offers into the three parts of their home screen. A "no" the worker
 * gave themselves is not listed again: they know, and it would only add reading.
 */
export function workerHome(referrals: readonly Referral[], matches: readonly OfferMatch[]): WorkerHome {
  const proposals = referrals.filter((referral) => referral.stage === "proposed").sort(newestFirst);
  const applications = referrals
    .filter((referral) => APPLICATION_ORDER.includes(referral.stage))
    .sort((a, b) => APPLICATION_ORDER.indexOf(a.stage) - APPLICATION_ORDER.indexOf(b.stage) || newestFirst(a, b));
  const known = new Set(referrals.map((referral) => referral.offerId));
  const otherJobs = matches.filter((match) => match.eligible && match.referral === null && !known.has(match.offer.id));
  return { proposals, applications, otherJobs };
}

/** An offer at a glance, as the portal shows it (from a candidacy or a match). */
export type JobDetails = OfferMatch["offer"];
