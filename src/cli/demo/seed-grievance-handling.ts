import { and, eq } from "drizzle-orm";
import type { Actor, Role } from "../../core/access/roles.js";
import type { GrievanceCategory, GrievanceOutcome, GrievanceSeverity, GrievanceStatus } from "../../core/grievances/grievance-codes.js";
import type { Database } from "../../db/database.js";
import { findEmployer } from "../../db/repositories/employer-repository.js";
import { users } from "../../db/schema/auth.js";
import { moveGrievance } from "../../server/grievances/move-grievance.js";
import { noteGrievance } from "../../server/grievances/note-grievance.js";
import { recordGrievance } from "../../server/grievances/record-grievance.js";
import { triageGrievance } from "../../server/grievances/triage-grievance.js";

type Step =
  | { move: GrievanceStatus; escalatedTo?: string; outcome?: GrievanceOutcome; outcomeNote?: string }
  | { note: string; toReporter?: boolean }
  | { overdueByDays: number };

interface DemoCase {
  employerKey: string;
  channel: "phone" | "in_person";
  language: "ar" | "bn" | "ro" | "ur" | "es" | "fr";
  categories: GrievanceCategory[];
  description: string;
  workplaceGiven?: string;
  reporter?: { name: string; phone: string; sharedWithCaseworkers: boolean };
  /** Triaged by the centre's inspector, who takes the case. */
  severity?: GrievanceSeverity;
  steps: Step[];
}

/** Cases taken down on the phone or at the desk, at every stage of handling (the web and SMS reports are C1's seed). */
const CASES: DemoCase[] = [
  {
    employerKey: "pel-kokkinos-kampos",
    channel: "phone",
    language: "bn",
    categories: ["unpaid_wages", "excessive_overtime"],
    description:
      "Twelve of us picked strawberries in the greenhouses at Nea Manolada for five weeks. We were paid for two. The foreman says the rest comes after the season.",
    reporter: { name: "Rahim Uddin", phone: "+306944100201", sharedWithCaseworkers: true },
    severity: "high",
    steps: [
      { move: "investigating" },
      { note: "Asked the employer's accountant for the pay slips of April and May." },
      { note: "We have asked the farm for the pay records and will call you within the week.", toReporter: true },
    ],
  },
  {
    employerKey: "pel-thermokipia-gastounis",
    channel: "in_person",
    language: "ro",
    categories: ["retention_of_identity_documents", "restriction_of_movement"],
    description:
      "The foreman took our identity cards 'for the contracts' when we arrived and has not given them back. We are told not to leave the housing after 8 pm.",
    severity: "critical",
    steps: [
      { move: "escalated", escalatedTo: "Labour inspectorate of Western Greece (Pyrgos)" },
      { note: "Inspectorate visited with the police; the cards were in the office safe." },
      {
        move: "resolved",
        outcome: "substantiated",
        outcomeNote: "Seven identity cards found in the foreman's office and returned the same day; report filed by the inspectorate.",
      },
    ],
  },
  {
    employerKey: "pel-ilida-greenhouses",
    channel: "phone",
    language: "ar",
    categories: ["safety"],
    description: "No water or shade in the afternoon at the tomato greenhouses; two workers felt faint last Tuesday.",
    severity: "medium",
    steps: [{ overdueByDays: 2 }],
  },
  {
    employerKey: "pel-koutsopoulos",
    channel: "phone",
    language: "ur",
    categories: ["housing"],
    description: "The rent for the room was taken from our pay without asking, more than agreed.",
    reporter: { name: "Imran Shah", phone: "+306944100202", sharedWithCaseworkers: false },
    severity: "low",
    steps: [
      { move: "investigating" },
      {
        move: "resolved",
        outcome: "not_substantiated",
        outcomeNote: "The signed contract states the rent; the deduction is within the cap.",
      },
      { move: "closed" },
    ],
  },
  {
    employerKey: "hue-fresas-lepe",
    channel: "in_person",
    language: "fr",
    categories: ["harassment", "discrimination"],
    description: "Le chef d'équipe crie sur les femmes et leur donne les rangs les plus durs.",
    workplaceGiven: "Finca near Lepe",
    steps: [],
  },
];

async function staffOf(db: Database, centreId: string, role: Role): Promise<Actor | null> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.centreId, centreId), eq(users.role, role)))
    .limit(1);
  return row ? { userId: row.id, role, centreId, workerId: null, employerId: null } : null;
}

/**
 * Grievances staff took down, handled through the same use cases as the staff console: triaged and assigned, under
 * investigation, escalated and substantiated (which suspends the employer's matching), closed, one overdue and one
 * still waiting for triage. Returns how many were recorded.
 */
export async function seedGrievanceHandling(db: Database, employerIds: Map<string, { id: string }>): Promise<number> {
  let seeded = 0;
  for (const demo of CASES) {
    const employerId = employerIds.get(demo.employerKey)?.id;
    const employer = employerId ? await findEmployer(db, employerId) : null;
    if (!employer) continue;
    const caseworker = await staffOf(db, employer.centreId, "caseworker");
    if (!caseworker) continue;
    const now = new Date();
    const input = {
      channel: demo.channel,
      language: demo.language,
      categories: demo.categories,
      description: demo.description,
      employerId: employer.id,
      siteId: null,
      workplaceGiven: demo.workplaceGiven ?? "",
      regionCode: null,
      reporter: demo.reporter ? { workerId: null, ...demo.reporter } : null,
    };
    const { id } = await recordGrievance(db, caseworker, input, now);
    seeded++;
    const handler = (await staffOf(db, employer.centreId, "inspector")) ?? (await staffOf(db, employer.centreId, "coordinator"));
    if (!demo.severity || !handler) continue;
    let current = await triageGrievance(db, handler, id, { severity: demo.severity, assignedTo: handler.userId }, 1, now);
    for (const step of demo.steps) {
      if ("note" in step) {
        current = await noteGrievance(db, caseworker, id, { body: step.note, visibleToReporter: step.toReporter ?? false }, now);
      } else if ("move" in step) {
        const { move, ...rest } = step;
        current = await moveGrievance(db, handler, id, { to: move, ...rest }, current.version, now);
      } else {
        const dueAt = new Date(now.getTime() - step.overdueByDays * 86_400_000).toISOString();
        current = await triageGrievance(db, handler, id, { dueAt }, current.version, now);
      }
    }
  }
  return seeded;
}
