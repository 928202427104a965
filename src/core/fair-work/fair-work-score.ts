// The fair-work score of an employer: 0–100, computed from vetting, inspections, substantiated grievances,
// corrective actions and check-in answers, explained item by item so the employer and staff read why. Pure: the
// facts come from the repository, "today" from the caller. docs/decent-work.md ("Fair-work score") explains it.
import type { CheckInAnswer } from "../check-ins/check-in-codes.js";
import {
  type GrievanceOutcome,
  type GrievanceSeverity,
  SERIOUS_SEVERITIES,
  SUBSTANTIATED_OUTCOMES,
} from "../grievances/grievance-codes.js";
import type { CorrectiveActionStatus, FindingSeverity } from "../inspections/inspection-codes.js";
import { dayNumber } from "../matching/iso-days.js";
import { UNMATCHABLE_VETTING_STATUSES, type VettingStatus } from "../vetting/vetting-codes.js";

/** Below this score an employer is not matched. */
export const FAIR_WORK_BAR = 50;
/** Where an employer with no history starts: above the bar, so a new employer can be matched. */
export const FAIR_WORK_BASELINE = 70;

/** Points of the vetting status ("none": no vetting file yet). */
export const VETTING_POINTS: Record<VettingStatus | "none", number> = {
  none: 0,
  pending: 0,
  approved: 10,
  approved_with_conditions: 5,
  suspended: -20,
  rejected: -30,
};
/** Inspections and findings older than this no longer count. */
export const INSPECTION_LOOK_BACK_DAYS = 730;
export const POINTS_PER_INSPECTION = 2;
export const MAX_INSPECTION_POINTS = 6;
export const FINDING_POINTS: Record<FindingSeverity, number> = { minor: -2, major: -6, critical: -15 };
/** A grievance reported within this many days is recent and weighs fully; an older one weighs half. */
export const RECENT_GRIEVANCE_DAYS = 365;
export const GRIEVANCE_POINTS: Record<GrievanceSeverity, { recent: number; older: number }> = {
  low: { recent: -3, older: -1 },
  medium: { recent: -6, older: -3 },
  high: { recent: -12, older: -6 },
  critical: { recent: -18, older: -9 },
};
/** A substantiated grievance closed without a severity counts as medium. */
const UNTRIAGED_SEVERITY: GrievanceSeverity = "medium";
export const CORRECTIVE_ACTION_POINTS = { verifiedOnTime: 2, verifiedLate: 0, overdue: -5, notDone: -8 } as const;
export const MAX_CORRECTIVE_ACTION_BONUS = 8;
/** Check-in answers count (and are shown to the employer) only from this many answers on. */
export const MIN_CHECK_IN_ANSWERS = 5;
/** Check-ins with no "no" answer add this; every "no" answer takes its share of CHECK_IN_SPREAD away. */
export const CHECK_IN_BEST = 5;
export const CHECK_IN_SPREAD = 25;

export interface SubstantiatedGrievanceFact {
  id: string;
  reference: string;
  outcome: GrievanceOutcome;
  severity: GrievanceSeverity | null;
  /** The ISO date it was reported. */
  reportedOn: string;
  /** When a coordinator reviewed the matching hold it caused (null: not yet). */
  matchingReviewedAt: string | null;
}

export interface CorrectiveActionFact {
  status: CorrectiveActionStatus;
  dueDate: string;
  /** The ISO date it was verified, if it was. */
  verifiedOn: string | null;
}

/** Everything the score reads about one employer. */
export interface FairWorkFacts {
  vettingStatus: VettingStatus | null;
  /** Completed inspections and monitoring visits within INSPECTION_LOOK_BACK_DAYS, and their findings. */
  inspectionsCompleted: number;
  findings: Record<FindingSeverity, number>;
  /** Grievances against the employer whose outcome is one of SUBSTANTIATED_OUTCOMES. */
  grievances: readonly SubstantiatedGrievanceFact[];
  correctiveActions: readonly CorrectiveActionFact[];
  /** Answers to check-in questions, "not applicable" left out. */
  checkInAnswers: Record<Exclude<CheckInAnswer, "not_applicable">, number>;
}

export const FAIR_WORK_ITEM_CODES = [
  "baseline",
  "vetting",
  "inspections",
  "findings",
  "grievances",
  "correctiveActions",
  "checkIns",
  "checkInsNotEnough",
] as const;
export type FairWorkItemCode = (typeof FAIR_WORK_ITEM_CODES)[number];

/** One line of the explanation: what was counted, and the points it gave. */
export interface FairWorkItem {
  code: FairWorkItemCode;
  points: number;
  counts: Record<string, number>;
  params: Record<string, string | number>;
}

export const FAIR_WORK_HOLD_CODES = ["vetting_suspended", "vetting_rejected", "serious_grievance"] as const;
export type FairWorkHoldCode = (typeof FAIR_WORK_HOLD_CODES)[number];

/** Something that stops matching whatever the score. */
export interface FairWorkHold {
  code: FairWorkHoldCode;
  /** For a serious grievance: which one (staff only; the employer never reads it). */
  grievanceId?: string;
  reference?: string;
  severity?: GrievanceSeverity;
}

export interface FairWorkResult {
  score: number;
  bar: number;
  matchable: boolean;
  belowBar: boolean;
  holds: FairWorkHold[];
  items: FairWorkItem[];
}

export const EMPTY_FACTS: FairWorkFacts = {
  vettingStatus: null,
  inspectionsCompleted: 0,
  findings: { minor: 0, major: 0, critical: 0 },
  grievances: [],
  correctiveActions: [],
  checkInAnswers: { yes: 0, no: 0 },
};

function vettingItem(status: VettingStatus | null): FairWorkItem {
  const key = status ?? "none";
  return { code: "vetting", points: VETTING_POINTS[key], counts: {}, params: { status: key } };
}

function inspectionItems(facts: FairWorkFacts): FairWorkItem[] {
  const { minor, major, critical } = facts.findings;
  return [
    {
      code: "inspections",
      points: Math.min(MAX_INSPECTION_POINTS, POINTS_PER_INSPECTION * facts.inspectionsCompleted),
      counts: { completed: facts.inspectionsCompleted },
      params: {},
    },
    {
      code: "findings",
      points: FINDING_POINTS.minor * minor + FINDING_POINTS.major * major + FINDING_POINTS.critical * critical,
      counts: { minor, major, critical },
      params: {},
    },
  ];
}

function grievanceItem(grievances: readonly SubstantiatedGrievanceFact[], today: string): FairWorkItem {
  const counts: Record<string, number> = {};
  let points = 0;
  for (const severity of ["low", "medium", "high", "critical"] as const) {
    counts[`${severity}Recent`] = 0;
    counts[`${severity}Older`] = 0;
  }
  for (const grievance of grievances) {
    if (!SUBSTANTIATED_OUTCOMES.includes(grievance.outcome)) continue;
    const severity = grievance.severity ?? UNTRIAGED_SEVERITY;
    const recent = dayNumber(today) - dayNumber(grievance.reportedOn) <= RECENT_GRIEVANCE_DAYS;
    const key = `${severity}${recent ? "Recent" : "Older"}`;
    counts[key] = (counts[key] ?? 0) + 1;
    points += GRIEVANCE_POINTS[severity][recent ? "recent" : "older"];
  }
  return { code: "grievances", points, counts, params: {} };
}

function correctiveActionItem(actions: readonly CorrectiveActionFact[], today: string): FairWorkItem {
  const counts = { verifiedOnTime: 0, verifiedLate: 0, overdue: 0, notDone: 0, open: 0 };
  for (const action of actions) {
    if (action.status === "verified") {
      if (action.verifiedOn !== null && action.verifiedOn <= action.dueDate) counts.verifiedOnTime += 1;
      else counts.verifiedLate += 1;
    } else if (action.status === "not_done") counts.notDone += 1;
    // An open action past its date is overdue; one the employer answered waits for the inspector, not for them.
    else if (action.status === "open" && action.dueDate < today) counts.overdue += 1;
    else if (action.status === "open" || action.status === "answered") counts.open += 1;
  }
  const points =
    Math.min(MAX_CORRECTIVE_ACTION_BONUS, CORRECTIVE_ACTION_POINTS.verifiedOnTime * counts.verifiedOnTime) +
    CORRECTIVE_ACTION_POINTS.verifiedLate * counts.verifiedLate +
    CORRECTIVE_ACTION_POINTS.overdue * counts.overdue +
    CORRECTIVE_ACTION_POINTS.notDone * counts.notDone;
  return { code: "correctiveActions", points, counts, params: {} };
}

function checkInItem(answers: FairWorkFacts["checkInAnswers"]): FairWorkItem {
  const total = answers.yes + answers.no;
  // Too few answers say nothing and could point at one worker: they neither count nor show.
  if (total < MIN_CHECK_IN_ANSWERS)
    return { code: "checkInsNotEnough", points: 0, counts: { answers: total }, params: { minimum: MIN_CHECK_IN_ANSWERS } };
  const noShare = answers.no / total;
  return {
    code: "checkIns",
    points: CHECK_IN_BEST - Math.round(CHECK_IN_SPREAD * noShare),
    counts: { answers: total, no: answers.no },
    params: { noPercent: Math.round(100 * noShare) },
  };
}

/** The holds: vetting suspended or rejected, and each substantiated serious grievance not yet reviewed. */
export function holdsOf(facts: Pick<FairWorkFacts, "vettingStatus" | "grievances">): FairWorkHold[] {
  const holds: FairWorkHold[] = [];
  if (facts.vettingStatus && UNMATCHABLE_VETTING_STATUSES.includes(facts.vettingStatus))
    holds.push({ code: facts.vettingStatus === "suspended" ? "vetting_suspended" : "vetting_rejected" });
  for (const grievance of facts.grievances) {
    if (!SUBSTANTIATED_OUTCOMES.includes(grievance.outcome) || grievance.matchingReviewedAt !== null) continue;
    if (grievance.severity === null || !SERIOUS_SEVERITIES.includes(grievance.severity)) continue;
    holds.push({ code: "serious_grievance", grievanceId: grievance.id, reference: grievance.reference, severity: grievance.severity });
  }
  return holds;
}

/** The score, every item that makes it, and whether the employer may be matched. */
export function computeFairWork(facts: FairWorkFacts, today: string): FairWorkResult {
  const items: FairWorkItem[] = [
    { code: "baseline", points: FAIR_WORK_BASELINE, counts: {}, params: {} },
    vettingItem(facts.vettingStatus),
    ...inspectionItems(facts),
    grievanceItem(facts.grievances, today),
    correctiveActionItem(facts.correctiveActions, today),
    checkInItem(facts.checkInAnswers),
  ];
  const total = items.reduce((sum, item) => sum + item.points, 0);
  const score = Math.max(0, Math.min(100, total));
  const holds = holdsOf(facts);
  const belowBar = score < FAIR_WORK_BAR;
  return { score, bar: FAIR_WORK_BAR, matchable: !belowBar && holds.length === 0, belowBar, holds, items };
}

/**
 * What the employer itself reads: the same score and items, holds without which grievance caused them, and check-in
 * counts only once there are enough answers to say nothing about one worker.
 */
export function employerSafeResult(result: FairWorkResult): FairWorkResult {
  return {
    ...result,
    holds: result.holds.map((hold) => ({ code: hold.code })),
    items: result.items.map((item) => (item.code === "checkInsNotEnough" ? { ...item, counts: {} } : item)),
  };
}
