// What the fair-work score reads, for many employers at once: a fixed number of queries whatever their number, so
// matching can ask about every employer of a centre without one query per employer.
import { and, asc, count, eq, gte, inArray, isNull, lt, ne, notInArray, sql } from "drizzle-orm";
import type { CheckInAnswer } from "../../core/check-ins/check-in-codes.js";
import type { CorrectiveActionFact, FairWorkFacts, SubstantiatedGrievanceFact } from "../../core/fair-work/fair-work-score.js";
import { EMPTY_FACTS, INSPECTION_LOOK_BACK_DAYS } from "../../core/fair-work/fair-work-score.js";
import { type GrievanceOutcome, type GrievanceSeverity, SUBSTANTIATED_OUTCOMES } from "../../core/grievances/grievance-codes.js";
import type { CorrectiveActionStatus, FindingSeverity } from "../../core/inspections/inspection-codes.js";
import type { VettingStatus } from "../../core/vetting/vetting-codes.js";
import { addDays } from "../../core/workers/permit-status.js";
import type { Database, Transaction } from "../database.js";
import { checkIns } from "../schema/check-ins.js";
import { employers } from "../schema/employers.js";
import { grievanceEvents, grievances } from "../schema/grievances.js";
import { correctiveActions, inspectionFindings, inspections } from "../schema/inspections.js";
import { jobOffers } from "../schema/offers.js";
import { employerDocuments, employerVetting } from "../schema/vetting.js";

type Db = Database | Transaction;

const isoDateOf = (at: Date) => at.toISOString().slice(0, 10);
/** The day a visit counts from: when it took place, else the day it was planned for. */
const visitDay = sql<string>`coalesce((${inspections.visitedAt} at time zone 'UTC')::date, ${inspections.scheduledFor})`;

function emptyFacts(): FairWorkFacts {
  return {
    ...EMPTY_FACTS,
    findings: { ...EMPTY_FACTS.findings },
    grievances: [],
    correctiveActions: [],
    checkInAnswers: { ...EMPTY_FACTS.checkInAnswers },
  };
}

/** The facts of the fair-work score of each employer named, in six queries; an employer with no history gets empty facts. */
export async function loadFairWorkFacts(db: Db, employerIds: readonly string[], today: string): Promise<Map<string, FairWorkFacts>> {
  const ids = [...new Set(employerIds)];
  const facts = new Map<string, FairWorkFacts>(ids.map((id) => [id, emptyFacts()]));
  if (ids.length === 0) return facts;
  const of = (id: string) => facts.get(id) as FairWorkFacts;
  const since = addDays(today, -INSPECTION_LOOK_BACK_DAYS);

  const vetting = await db
    .select({ employerId: employerVetting.employerId, status: employerVetting.status })
    .from(employerVetting)
    .where(inArray(employerVetting.employerId, ids));
  for (const row of vetting) of(row.employerId).vettingStatus = row.status as VettingStatus;

  const completed = and(inArray(inspections.employerId, ids), eq(inspections.status, "completed"), gte(visitDay, since));
  const visits = await db
    .select({ employerId: inspections.employerId, total: count() })
    .from(inspections)
    .where(completed)
    .groupBy(inspections.employerId);
  for (const row of visits) of(row.employerId).inspectionsCompleted = row.total;

  const findings = await db
    .select({ employerId: inspections.employerId, severity: inspectionFindings.severity, total: count() })
    .from(inspectionFindings)
    .innerJoin(inspections, eq(inspections.id, inspectionFindings.inspectionId))
    .where(completed)
    .groupBy(inspections.employerId, inspectionFindings.severity);
  for (const row of findings) {
    const counts = of(row.employerId).findings;
    if (row.severity in counts) counts[row.severity as FindingSeverity] += row.total;
  }

  const substantiated = await db
    .select({
      id: grievances.id,
      employerId: grievances.employerId,
      reference: grievances.reference,
      outcome: grievances.outcome,
      severity: grievances.severity,
      createdAt: grievances.createdAt,
      matchingReviewedAt: grievances.matchingReviewedAt,
    })
    .from(grievances)
    .where(and(inArray(grievances.employerId, ids), inArray(grievances.outcome, [...SUBSTANTIATED_OUTCOMES])))
    .orderBy(asc(grievances.createdAt));
  for (const row of substantiated) {
    if (!row.employerId) continue;
    const fact: SubstantiatedGrievanceFact = {
      id: row.id,
      reference: row.reference,
      outcome: row.outcome as GrievanceOutcome,
      severity: row.severity as GrievanceSeverity | null,
      reportedOn: isoDateOf(row.createdAt),
      matchingReviewedAt: row.matchingReviewedAt?.toISOString() ?? null,
    };
    (of(row.employerId).grievances as SubstantiatedGrievanceFact[]).push(fact);
  }

  const actions = await db
    .select({
      employerId: correctiveActions.employerId,
      status: correctiveActions.status,
      dueDate: correctiveActions.dueDate,
      verifiedAt: correctiveActions.verifiedAt,
    })
    .from(correctiveActions)
    .where(and(inArray(correctiveActions.employerId, ids), ne(correctiveActions.status, "cancelled")));
  for (const row of actions) {
    const fact: CorrectiveActionFact = {
      status: row.status as CorrectiveActionStatus,
      dueDate: row.dueDate,
      verifiedOn: row.verifiedAt ? isoDateOf(row.verifiedAt) : null,
    };
    (of(row.employerId).correctiveActions as CorrectiveActionFact[]).push(fact);
  }

  const answersOf = (answer: Exclude<CheckInAnswer, "not_applicable">) =>
    sql<number>`coalesce(sum((select count(*) from jsonb_each_text(${checkIns.answers}) a where a.value = ${answer})), 0)`.mapWith(Number);
  const answers = await db
    .select({ employerId: checkIns.employerId, yes: answersOf("yes"), no: answersOf("no") })
    .from(checkIns)
    .where(and(inArray(checkIns.employerId, ids), eq(checkIns.status, "answered")))
    .groupBy(checkIns.employerId);
  for (const row of answers) of(row.employerId).checkInAnswers = { yes: row.yes, no: row.no };

  return facts;
}

/** The grievance a coordinator reviews, with what decides whether it holds matching. */
export async function findGrievanceForReview(db: Db, id: string) {
  const [row] = await db
    .select({
      id: grievances.id,
      centreId: grievances.centreId,
      employerId: grievances.employerId,
      outcome: grievances.outcome,
      severity: grievances.severity,
      matchingReviewedAt: grievances.matchingReviewedAt,
    })
    .from(grievances)
    .where(eq(grievances.id, id));
  return row ?? null;
}

/**
 * Records the review of a matching hold, once: the update holds only while nobody reviewed it, so of two reviews at
 * the same moment one wins. The note goes on the grievance's timeline, never to the reporter.
 */
export async function markHoldReviewed(db: Db, input: { grievanceId: string; centreId: string; byUserId: string; note: string }) {
  const at = new Date();
  const updated = await db
    .update(grievances)
    .set({ matchingReviewedAt: at, matchingReviewedBy: input.byUserId, updatedAt: at, version: sql`${grievances.version} + 1` })
    .where(and(eq(grievances.id, input.grievanceId), isNull(grievances.matchingReviewedAt)))
    .returning({ id: grievances.id });
  if (updated.length === 0) return false;
  await db.insert(grievanceEvents).values({
    centreId: input.centreId,
    grievanceId: input.grievanceId,
    kind: "matching_review",
    visibleToReporter: false,
    body: input.note,
    byUserId: input.byUserId,
  });
  return true;
}

/** At most this many draft offers are checked against the labour rules for the list of what to fix. */
const MAX_DRAFTS_CHECKED = 20;

/** What an employer's own page lists to fix: open corrective actions and the state of its vetting file. */
export async function loadToFixFacts(db: Db, employerId: string) {
  const openActions = await db
    .select({
      id: correctiveActions.id,
      inspectionId: correctiveActions.inspectionId,
      description: correctiveActions.description,
      dueDate: correctiveActions.dueDate,
    })
    .from(correctiveActions)
    .where(and(eq(correctiveActions.employerId, employerId), eq(correctiveActions.status, "open")))
    .orderBy(asc(correctiveActions.dueDate), asc(correctiveActions.id));
  const [vetting] = await db
    .select({ declarations: employerVetting.declarations, selfAssessment: employerVetting.selfAssessment })
    .from(employerVetting)
    .where(eq(employerVetting.employerId, employerId));
  const documents = await db
    .select({ kind: employerDocuments.kind, verified: employerDocuments.verified })
    .from(employerDocuments)
    .where(eq(employerDocuments.employerId, employerId));
  // A draft is where an offer that fails the labour rules check stays: the check runs on each of these.
  const drafts = await db
    .select({ id: jobOffers.id, title: jobOffers.title })
    .from(jobOffers)
    .where(and(eq(jobOffers.employerId, employerId), eq(jobOffers.status, "draft")))
    .orderBy(asc(jobOffers.createdAt), asc(jobOffers.id))
    .limit(MAX_DRAFTS_CHECKED);
  return { openActions, vetting: vetting ?? null, documents, drafts };
}

/** The centre's employers (id, name, vetting status), for the overview. */
export async function listCentreEmployers(db: Db, centreId: string) {
  return db
    .select({ id: employers.id, legalName: employers.legalName, vettingStatus: employerVetting.status })
    .from(employers)
    .leftJoin(employerVetting, eq(employerVetting.employerId, employers.id))
    .where(eq(employers.centreId, centreId))
    .orderBy(asc(employers.legalName), asc(employers.id));
}

/** A grievance in these statuses is no longer in hand. */
const CLOSED_GRIEVANCE_STATUSES = ["resolved", "closed"];

/** Counts of the centre's decent-work cases in hand; `now` and `today` decide what is overdue or due this week. */
export async function complianceCounts(db: Db, centreId: string, now: Date, today: string) {
  const severity = sql<string>`coalesce(${grievances.severity}, 'untriaged')`;
  const grievanceRows = await db
    .select({
      severity,
      open: count(),
      overdue: sql<number>`count(*) filter (where ${grievances.dueAt} < ${now.toISOString()})`.mapWith(Number),
    })
    .from(grievances)
    .where(and(eq(grievances.centreId, centreId), notInArray(grievances.status, CLOSED_GRIEVANCE_STATUSES)))
    .groupBy(severity);
  const weekEnd = addDays(today, 7);
  const [visitRow] = await db
    .select({
      dueThisWeek: sql<number>`count(*) filter (where ${inspections.scheduledFor} between ${today} and ${weekEnd})`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${inspections.scheduledFor} < ${today})`.mapWith(Number),
    })
    .from(inspections)
    .where(and(eq(inspections.centreId, centreId), inArray(inspections.status, ["planned", "in_progress"])));
  const [actionRow] = await db
    .select({ overdue: count() })
    .from(correctiveActions)
    .where(and(eq(correctiveActions.centreId, centreId), eq(correctiveActions.status, "open"), lt(correctiveActions.dueDate, today)));
  const [checkInRow] = await db
    .select({
      missed: sql<number>`count(*) filter (where ${checkIns.status} = 'missed')`.mapWith(Number),
      unanswered: sql<number>`count(*) filter (where ${checkIns.status} in ('scheduled', 'sent') and ${checkIns.dueOn} < ${today})`.mapWith(
        Number,
      ),
    })
    .from(checkIns)
    .where(eq(checkIns.centreId, centreId));
  return {
    grievances: grievanceRows,
    inspections: { dueThisWeek: visitRow?.dueThisWeek ?? 0, overdue: visitRow?.overdue ?? 0 },
    correctiveActionsOverdue: actionRow?.overdue ?? 0,
    checkIns: { missed: checkInRow?.missed ?? 0, unanswered: checkInRow?.unanswered ?? 0 },
  };
}
