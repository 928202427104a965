// How a grievance moves and when it is due: pure rules shared by the API and the staff console.
import {
  type GrievanceOutcome,
  type GrievanceSeverity,
  type GrievanceStatus,
  SERIOUS_SEVERITIES,
  SUBSTANTIATED_OUTCOMES,
} from "./grievance-codes.js";

const HOUR = 3_600_000;

/** How long the centre has to act on a grievance of each severity, from the moment it is triaged. */
export const RESPONSE_HOURS: Record<GrievanceSeverity, number> = {
  critical: 24,
  high: 3 * 24,
  medium: 10 * 24,
  low: 30 * 24,
};

/** The due date a severity sets: critical 24 hours, high 3 days, medium 10 days, low 30 days after `from`. */
export function dueDateFor(severity: GrievanceSeverity, from: Date): Date {
  return new Date(from.getTime() + RESPONSE_HOURS[severity] * HOUR);
}

/**
 * The moves a case may make. A case is triaged before it is worked on; it can be closed early (withdrawn, or
 * nothing to act on); a resolved case can be reopened for investigation until it is closed, and a closed one is final.
 */
export const GRIEVANCE_MOVES: Record<GrievanceStatus, readonly GrievanceStatus[]> = {
  received: ["triaged", "closed"],
  triaged: ["investigating", "escalated", "resolved", "closed"],
  investigating: ["escalated", "resolved", "closed"],
  escalated: ["investigating", "resolved", "closed"],
  resolved: ["investigating", "closed"],
  closed: [],
};

export function canMove(from: GrievanceStatus, to: GrievanceStatus): boolean {
  return GRIEVANCE_MOVES[from].includes(to);
}

/** Statuses in which the case is finished: no deadline runs any more. */
export const FINISHED_STATUSES: readonly GrievanceStatus[] = ["resolved", "closed"];

/** The move needs an outcome (resolved, closed): the case cannot end without saying what was found. */
export function moveNeedsOutcome(to: GrievanceStatus): boolean {
  return FINISHED_STATUSES.includes(to);
}

/** A case is overdue when its due date passed and it is not finished. */
export function isOverdue(grievance: { status: GrievanceStatus; dueAt: string | Date | null }, now: Date): boolean {
  if (grievance.dueAt === null || FINISHED_STATUSES.includes(grievance.status)) return false;
  return new Date(grievance.dueAt).getTime() < now.getTime();
}

/**
 * A substantiated (or partly substantiated) grievance of high or critical severity against an employer suspends
 * the employer's matching at once, until a coordinator reviews it (the fair-work score applies the hold).
 */
export function holdsMatching(grievance: {
  employerId: string | null;
  severity: GrievanceSeverity | null;
  outcome: GrievanceOutcome | null;
  matchingReviewedAt: string | Date | null;
}): boolean {
  return (
    grievance.employerId !== null &&
    grievance.severity !== null &&
    SERIOUS_SEVERITIES.includes(grievance.severity) &&
    grievance.outcome !== null &&
    SUBSTANTIATED_OUTCOMES.includes(grievance.outcome) &&
    grievance.matchingReviewedAt === null
  );
}
