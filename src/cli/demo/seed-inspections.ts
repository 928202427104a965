import { and, eq } from "drizzle-orm";
import type { Actor } from "../../core/access/roles.js";
import { CHECKLIST_ITEMS, type ChecklistItem, type FindingSeverity, type InspectionKind } from "../../core/inspections/inspection-codes.js";
import type { FindingInput } from "../../core/inspections/inspection-schemas.js";
import type { Database } from "../../db/database.js";
import { findEmployer } from "../../db/repositories/employer-repository.js";
import { findInspection } from "../../db/repositories/inspection-repository.js";
import { users } from "../../db/schema/auth.js";
import { todayIso } from "../../server/clock.js";
import { addFinding } from "../../server/inspections/add-finding.js";
import { addCorrectiveAction, respondToCorrectiveAction, updateCorrectiveAction } from "../../server/inspections/corrective-actions.js";
import { evidenceSigner } from "../../server/inspections/inspection-evidence.js";
import { planInspection } from "../../server/inspections/plan-inspection.js";
import { updateInspection } from "../../server/inspections/update-inspection.js";

type Stage = "planned" | "in_progress" | "completed";
type PlanItem = { description: string; dueInDays: number; employerAnswer?: string; verified?: boolean };

interface DemoVisit {
  employerKey: string;
  kind: InspectionKind;
  /** Days from today: negative in the past. */
  day: number;
  stage: Stage;
  /** Items with an issue and the inspector's note; every other item is answered "ok" (when the visit is under way, only a few). */
  issues: Partial<Record<ChecklistItem, string>>;
  findings: (FindingInput & { severity: FindingSeverity; plan?: PlanItem })[];
  summary: string;
  /** A follow-up visit planned this many days from today. */
  followUpInDays?: number;
}

/** A few visits in every state, at Manolada strawberries, Messinian olive groves and Huelva berry farms. */
const VISITS: DemoVisit[] = [
  {
    employerKey: "pel-fraoules-ileias",
    kind: "inspection",
    day: -20,
    stage: "completed",
    issues: {
      accommodation: "Eight people in one container, no ventilation; foreman says more beds are coming.",
      working_hours_recorded: "Hours kept in the foreman's notebook only.",
    },
    findings: [
      {
        area: "accommodation",
        severity: "major",
        description: "Housing containers at the greenhouses hold eight people each, with no ventilation or fire extinguisher.",
        plan: { description: "At most four people per container, a window or fan in each, and a fire extinguisher.", dueInDays: 10 },
      },
      {
        area: "hours",
        severity: "minor",
        description: "Daily hours are not recorded per worker; pay slips show the same hours every week.",
        plan: {
          description: "Record each worker's hours every day and show them on the pay slip.",
          dueInDays: -5,
          employerAnswer: "Time sheets signed by each picker since Monday; copies kept in the office.",
        },
      },
      {
        area: "safety",
        severity: "minor",
        description: "Drinking water at the far greenhouses runs out by midday.",
        plan: { description: "A second water tank at the far greenhouses, refilled at noon.", dueInDays: -12 },
      },
    ],
    summary: "Workers spoke freely off-site. Come back unannounced before the end of the harvest.",
    followUpInDays: 25,
  },
  {
    employerKey: "pel-kokkinos-kampos",
    kind: "monitoring_visit",
    day: 0,
    stage: "in_progress",
    issues: { drinking_water_shade: "No shade structure at the packing area." },
    findings: [],
    summary: "",
  },
  { employerKey: "pel-koroni-olive-farms", kind: "monitoring_visit", day: 6, stage: "planned", issues: {}, findings: [], summary: "" },
  { employerKey: "pel-ktima-kalamon", kind: "inspection", day: -3, stage: "planned", issues: {}, findings: [], summary: "" },
  {
    employerKey: "hue-fresas-lepe",
    kind: "inspection",
    day: -45,
    stage: "completed",
    issues: { identity_documents_held_by_workers: "Passports of three pickers kept in the office safe." },
    findings: [
      {
        area: "documents",
        severity: "critical",
        description: "The office kept the passports of three workers 'for safety'.",
        plan: {
          description: "Give every worker back their documents at once; a locker they keep the key of, if they wish.",
          dueInDays: -40,
          employerAnswer: "Passports handed back the same day; lockers fitted in the dormitory.",
          verified: true,
        },
      },
    ],
    summary: "Referred to the labour inspectorate. Check again during the blueberry season.",
  },
];

async function inspectorOf(db: Database, centreId: string): Promise<Actor | null> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.centreId, centreId), eq(users.role, "inspector")))
    .limit(1);
  return row ? { userId: row.id, role: "inspector", centreId, workerId: null, employerId: null } : null;
}

/** The employer's portal account, or the employer as an actor without one (the demo employer has the only account). */
async function employerActorOf(db: Database, centreId: string, employerId: string): Promise<Actor> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.employerId, employerId)).limit(1);
  return { userId: row?.id ?? `demo-employer-${employerId}`, role: "employer", centreId, workerId: null, employerId };
}

const dayFrom = (today: string, days: number) => new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Visits planned, under way and completed, with findings and corrective action plans, entered through the use cases
 * as an inspector would; the demo employer has items to answer, one of them overdue.
 */
export async function seedInspections(db: Database, employerIds: Map<string, { id: string }>): Promise<number> {
  const today = todayIso();
  const now = new Date();
  const signer = evidenceSigner("demo seed");
  let seeded = 0;
  for (const visit of VISITS) {
    const employerId = employerIds.get(visit.employerKey)?.id;
    const employer = employerId ? await findEmployer(db, employerId) : null;
    const inspector = employer ? await inspectorOf(db, employer.centreId) : null;
    if (!employer || !inspector) continue;
    const input = {
      employerId: employer.id,
      siteId: employer.sites[0]?.id ?? null,
      kind: visit.kind,
      scheduledFor: dayFrom(today, visit.day),
      grievanceId: null,
      followUpOf: null,
    };
    let current = await planInspection(db, inspector, input, signer, now);
    seeded++;
    if (visit.stage === "planned") continue;
    // A visit under way has its first items answered; a completed one all of them.
    const items = visit.stage === "completed" ? CHECKLIST_ITEMS : CHECKLIST_ITEMS.slice(0, 4);
    const checklist = Object.fromEntries(
      items.map((item) => {
        const note = visit.issues[item];
        return [item, note ? { result: "issue" as const, note } : { result: "ok" as const, note: "" }];
      }),
    );
    for (const [item, note] of Object.entries(visit.issues)) checklist[item] = { result: "issue", note };
    current = await updateInspection(db, inspector, current.id, { checklist, summary: visit.summary }, current.version, signer, now);
    const answers: { actionId: string; plan: PlanItem }[] = [];
    for (const { plan, ...finding } of visit.findings) {
      const recorded = await addFinding(db, inspector, current.id, finding);
      if (!plan) continue;
      const dueDate = dayFrom(today, plan.dueInDays);
      const action = await addCorrectiveAction(
        db,
        inspector,
        current.id,
        { description: plan.description, dueDate, findingId: recorded.id },
        now,
      );
      if (plan.employerAnswer) answers.push({ actionId: action.id, plan });
    }
    if (visit.stage !== "completed") continue;
    // Findings and plan items moved the visit's version on.
    const version = (await findInspection(db, current.id))?.version ?? current.version;
    current = await updateInspection(db, inspector, current.id, { status: "completed" }, version, signer, now);
    // The employer sees the plan, and answers, only once the visit is completed.
    const employerActor = await employerActorOf(db, employer.centreId, employer.id);
    for (const { actionId, plan } of answers) {
      const answered = await respondToCorrectiveAction(db, employerActor, actionId, plan.employerAnswer as string, 1, now);
      if (plan.verified) await updateCorrectiveAction(db, inspector, actionId, { status: "verified" }, answered.version, now);
    }
    if (visit.followUpInDays !== undefined) {
      await planInspection(
        db,
        inspector,
        { ...input, kind: "follow_up", scheduledFor: dayFrom(today, visit.followUpInDays), followUpOf: current.id },
        signer,
        now,
      );
      seeded++;
    }
  }
  return seeded;
}
