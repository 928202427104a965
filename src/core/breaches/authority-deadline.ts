/** GDPR art. 33(1): the supervisory authority is told within 72 hours of becoming aware of a breach. */
export const AUTHORITY_DEADLINE_HOURS = 72;

export type AuthorityNotice = "reported_in_time" | "reported_late" | "pending" | "overdue";

export function authorityDeadline(discoveredAt: string): string {
  return new Date(Date.parse(discoveredAt) + AUTHORITY_DEADLINE_HOURS * 3_600_000).toISOString();
}

/** Where a breach stands against the deadline; a late report must give its reasons for the delay. */
export function authorityNotice(breach: { discoveredAt: string; reportedToAuthorityAt: string | null }, now: Date): AuthorityNotice {
  const deadline = Date.parse(authorityDeadline(breach.discoveredAt));
  if (breach.reportedToAuthorityAt) return Date.parse(breach.reportedToAuthorityAt) <= deadline ? "reported_in_time" : "reported_late";
  return now.getTime() > deadline ? "overdue" : "pending";
}
