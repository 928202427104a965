import type {
  GrievanceCategory,
  GrievanceChannel,
  GrievanceOutcome,
  GrievanceSeverity,
  GrievanceStatus,
} from "../../core/grievances/grievance-codes.js";
import { holdsMatching, isOverdue } from "../../core/grievances/grievance-rules.js";
import type { GrievanceDetail, GrievanceEvent, GrievanceSummary } from "../../core/grievances/grievance-schemas.js";
import type { GrievanceEventWithName, GrievanceListRow } from "../../db/repositories/grievance-repository.js";

const isoOrNull = (value: Date | null) => (value === null ? null : value.toISOString());

/** A case as staff see it: what happened and where it stands; of the reporter only whether the case is signed. */
export function toGrievanceSummary(row: GrievanceListRow, now: Date): GrievanceSummary {
  const status = row.status as GrievanceStatus;
  const severity = row.severity as GrievanceSeverity | null;
  const outcome = row.outcome as GrievanceOutcome | null;
  return {
    id: row.id,
    centreId: row.centreId,
    reference: row.reference,
    channel: row.channel as GrievanceChannel,
    language: row.language,
    categories: row.categories as GrievanceCategory[],
    description: row.description,
    employerId: row.employerId,
    employerName: row.employerName,
    siteId: row.siteId,
    workplaceGiven: row.workplaceGiven,
    regionCode: row.regionCode,
    signed: !row.anonymous,
    status,
    severity,
    dueAt: isoOrNull(row.dueAt),
    overdue: isOverdue({ status, dueAt: row.dueAt }, now),
    assignedTo: row.assignedTo,
    assignedToName: row.assignedToName,
    escalatedTo: row.escalatedTo,
    escalatedAt: isoOrNull(row.escalatedAt),
    outcome,
    matchingHold: holdsMatching({ employerId: row.employerId, severity, outcome, matchingReviewedAt: row.matchingReviewedAt }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

function toEvent(event: GrievanceEventWithName, reporterView: boolean): GrievanceEvent {
  return {
    id: event.id,
    kind: event.kind,
    visibleToReporter: event.visibleToReporter,
    body: event.body,
    fromStatus: event.fromStatus as GrievanceStatus | null,
    toStatus: event.toStatus as GrievanceStatus | null,
    // The reporter is never told which staff member wrote what.
    byUserId: reporterView ? null : event.byUserId,
    byName: reporterView ? null : event.byName,
    at: event.at.toISOString(),
  };
}

/**
 * One case with its timeline. `reporterView` is the worker reading a case they signed: the events they are shown,
 * no staff names, no assignee.
 */
export function toGrievanceDetail(
  row: GrievanceListRow,
  events: GrievanceEventWithName[],
  now: Date,
  reporterView: boolean,
): GrievanceDetail {
  const summary = toGrievanceSummary(row, now);
  return {
    ...summary,
    ...(reporterView ? { assignedTo: null, assignedToName: null } : {}),
    outcomeNote: row.outcomeNote,
    matchingReviewedAt: isoOrNull(row.matchingReviewedAt),
    events: events.map((event) => toEvent(event, reporterView)),
  };
}
