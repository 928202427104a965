import { OFFER_STATUSES } from "../../../core/offers/offer-lifecycle.js";
import { REFERRAL_STAGES } from "../../../core/referrals/referral-stages.js";

/** Groups whose entries are codes of src/core, labelled from the "codes" namespace. */
export const GROUP_CODES: Record<string, string> = {
  offersByStatus: "offerStatus",
  referralsByStage: "referralStage",
};

/** The label key of a figure, or of an entry of a group; unknown figures (the shape is still growing) fall back. */
export function figureLabelKey(group: string, entry?: string): string {
  if (entry === undefined) return `dashboard.figure.${group}`;
  const codes = GROUP_CODES[group];
  return codes ? `codes:${codes}.${entry}` : `dashboard.figure.${group}_${entry}`;
}

/** Statuses and stages in the order of their lifecycle, not alphabetically: draft before published before closed. */
const GROUP_ORDER: Record<string, readonly string[]> = { offersByStatus: OFFER_STATUSES, referralsByStage: REFERRAL_STAGES };

export function orderedEntries(group: string, entries: Record<string, number>): [string, number][] {
  const order = GROUP_ORDER[group] ?? [];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.entries(entries).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}
