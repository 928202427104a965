import type { Role } from "../access/roles.js";

export const OFFER_STATUSES = ["draft", "submitted", "checked", "published", "filled", "closed"] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Each allowed move, and which roles may make it. Staff act for the employer when needed. */
const TRANSITIONS: Record<OfferStatus, Partial<Record<OfferStatus, readonly Role[]>>> = {
  draft: { submitted: ["employer", "caseworker", "coordinator"], closed: ["employer", "caseworker", "coordinator"] },
  submitted: { checked: ["caseworker", "coordinator"], draft: ["employer", "caseworker", "coordinator"] },
  checked: { published: ["caseworker", "coordinator"], draft: ["employer", "caseworker", "coordinator"] },
  published: { filled: ["employer", "caseworker", "coordinator"], closed: ["employer", "caseworker", "coordinator"] },
  filled: { published: ["caseworker", "coordinator"], closed: ["employer", "caseworker", "coordinator"] },
  closed: {},
};

export function allowedOfferTransitions(from: OfferStatus, role: Role): OfferStatus[] {
  return (Object.entries(TRANSITIONS[from]) as [OfferStatus, readonly Role[]][])
    .filter(([, roles]) => roles.includes(role))
    .map(([to]) => to);
}

export function canTransitionOffer(from: OfferStatus, to: OfferStatus, role: Role): boolean {
  return TRANSITIONS[from][to]?.includes(role) ?? false;
}

/** Only a draft can be edited; any other change goes back through draft so the offer is checked again. */
export function isOfferEditable(status: OfferStatus): boolean {
  return status === "draft";
}

/** Workers can only be matched and referred to a published offer. */
export function isOfferOpenForReferrals(status: OfferStatus): boolean {
  return status === "published";
}
