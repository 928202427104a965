import type { Actor, Role } from "./roles.js";

/**
 * Every action the API can take on a record. The policy below is the one place that says who may do it;
 * every route names its action, and a route without one fails the tests.
 */
export const ACTIONS = [
  "worker.list",
  "worker.create",
  "worker.read",
  "worker.update",
  "worker.consent.read",
  "worker.consent.record",
  "worker.matches",
  "worker.export",
  "worker.erase",
  "attachment.upload",
  "attachment.read",
  "attachment.delete",
  "employer.list",
  "employer.create",
  "employer.read",
  "employer.update",
  "employer.account.create",
  "offer.list",
  "offer.create",
  "offer.read",
  "offer.update",
  "offer.transition",
  "offer.matches",
  "referral.list",
  "referral.create",
  "referral.move",
  "reference.read",
  "dashboard.read",
  "outbox.read",
  "audit.read",
  "privacy.read",
  "retention.apply",
  "breach.list",
  "breach.record",
  "breach.update",
  "user.list",
  "user.disable",
  "labour_rule.read",
  "labour_rule.update",
  "offer.check",
  "vetting.read",
  "vetting.declare",
  "vetting.decide",
  "grievance.list",
  "grievance.read",
  "grievance.record",
  "grievance.report",
  "grievance.note",
  "grievance.triage",
  "grievance.reveal",
  "inspection.list",
  "inspection.read",
  "inspection.record",
  "corrective_action.respond",
  "checkin.list",
  "checkin.answer",
  "fair_work.read",
  "fair_work.review",
  "compliance.overview",
  "season_plan.create",
  "season_plan.read",
  "season_plan.assignments",
  "season_plan.decide",
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * any: every centre; centre: records of the actor's own centre; own: the actor's own record (a worker's own file,
 * an employer's own company, offers and candidates), always inside the actor's centre.
 */
export type Scope = "any" | "centre" | "own";

/** Reads of network reference data (occupations, regions, labour rules): granted to everyone, outside any centre. */
export const REFERENCE_DATA_ACTIONS: readonly Action[] = ["reference.read", "labour_rule.read"];

type Grants = Partial<Record<Role, Scope>>;
const centreStaff: Grants = { caseworker: "centre", coordinator: "centre" };

export const POLICY: Record<Action, Grants> = {
  "worker.list": { ...centreStaff },
  "worker.create": { ...centreStaff },
  "worker.read": { ...centreStaff, worker: "own" },
  "worker.update": { ...centreStaff, worker: "own" },
  "worker.consent.read": { ...centreStaff, worker: "own" },
  "worker.consent.record": { ...centreStaff, worker: "own" },
  "worker.matches": { ...centreStaff, worker: "own" },
  // A person's own copy of their data (GDPR art. 15 and 20); the data protection officer answers requests.
  "worker.export": { ...centreStaff, worker: "own", dpo: "centre" },
  // Erasure is irreversible: the coordinator or the data protection officer, never a caseworker alone.
  "worker.erase": { coordinator: "centre", dpo: "centre" },
  "attachment.upload": { ...centreStaff, worker: "own" },
  "attachment.read": { ...centreStaff, worker: "own" },
  // Removing a document from a file is the centre's decision (it may be evidence); the worker asks the centre.
  "attachment.delete": { ...centreStaff },
  "employer.list": { ...centreStaff, inspector: "centre" },
  "employer.create": { ...centreStaff },
  "employer.read": { ...centreStaff, inspector: "centre", employer: "own" },
  "employer.update": { ...centreStaff, employer: "own" },
  // Opening an employer's portal sign-in hands out a password: only the centre's own staff do it.
  "employer.account.create": { ...centreStaff },
  "offer.list": { ...centreStaff, inspector: "centre", employer: "own" },
  "offer.create": { ...centreStaff, employer: "own" },
  "offer.read": { ...centreStaff, inspector: "centre", employer: "own" },
  "offer.update": { ...centreStaff, employer: "own" },
  "offer.transition": { ...centreStaff, employer: "own" },
  "offer.matches": { ...centreStaff },
  "referral.list": { ...centreStaff, employer: "own", worker: "own" },
  "referral.create": { ...centreStaff },
  "referral.move": { ...centreStaff, employer: "own", worker: "own" },
  "reference.read": {
    worker: "any",
    employer: "any",
    caseworker: "any",
    coordinator: "any",
    inspector: "any",
    partner: "any",
    analyst: "any",
    dpo: "any",
    admin: "any",
  },
  "dashboard.read": { ...centreStaff, inspector: "centre", analyst: "any" },
  "outbox.read": { ...centreStaff, admin: "any" },
  "audit.read": { coordinator: "centre", dpo: "centre", admin: "any" },
  // The record of processing and the retention schedule: what the centre holds, why and for how long.
  "privacy.read": { coordinator: "centre", dpo: "centre", admin: "any" },
  "retention.apply": { dpo: "centre", admin: "any" },
  "breach.list": { coordinator: "centre", dpo: "centre", admin: "any" },
  "breach.record": { coordinator: "centre", dpo: "centre", admin: "any" },
  "breach.update": { dpo: "centre", admin: "any" },
  // Disabling (or re-enabling) a sign-in ends every session of that account at once: a coordinator for accounts of
  // their own centre, an administrator for any.
  // The centre's sign-in accounts (not workers'), to keep access in order.
  "user.list": { coordinator: "centre", admin: "any" },
  "user.disable": { coordinator: "centre", admin: "any" },

  // Decent work (docs/decent-work.md). Labour rules are network reference data: everyone reads, an administrator edits.
  "labour_rule.read": {
    worker: "any",
    employer: "any",
    caseworker: "any",
    coordinator: "any",
    inspector: "any",
    partner: "any",
    analyst: "any",
    dpo: "any",
    admin: "any",
  },
  "labour_rule.update": { admin: "any" },
  // The check of an offer against the labour rules: the employer sees what to fix before it can be published.
  "offer.check": { ...centreStaff, inspector: "centre", employer: "own" },
  "vetting.read": { ...centreStaff, inspector: "centre", employer: "own" },
  // Declarations, self-assessment and documents: the employer, or staff entering them for the employer.
  "vetting.declare": { ...centreStaff, employer: "own" },
  // Verification and the vetting status: the coordinator or the monitoring officer, never the employer.
  "vetting.decide": { coordinator: "centre", inspector: "centre" },
  // Grievances: staff see the case, never who reported it (a signed reporter's identity needs grievance.reveal);
  // a worker sees the grievances they signed. Employers have no grievance action at all.
  "grievance.list": { ...centreStaff, inspector: "centre", worker: "own" },
  "grievance.read": { ...centreStaff, inspector: "centre", worker: "own" },
  "grievance.record": { ...centreStaff, inspector: "centre" },
  // A worker signs a grievance from their portal (anyone, signed in or not, may also report on the public page).
  "grievance.report": { worker: "own" },
  "grievance.note": { ...centreStaff, inspector: "centre" },
  "grievance.triage": { coordinator: "centre", inspector: "centre" },
  // Revealing a complainant is the dedicated act of the data protection officer, with a reason, audited.
  "grievance.reveal": { dpo: "centre" },
  "inspection.list": { coordinator: "centre", inspector: "centre", employer: "own" },
  "inspection.read": { coordinator: "centre", inspector: "centre", employer: "own" },
  "inspection.record": { coordinator: "centre", inspector: "centre" },
  // The employer answers each corrective action of their own plans; the inspector verifies it (inspection.record).
  "corrective_action.respond": { employer: "own" },
  // Check-in answers are the worker's: never shown one by one to an employer or an inspector.
  "checkin.list": { ...centreStaff, worker: "own" },
  "checkin.answer": { ...centreStaff, worker: "own" },
  "fair_work.read": { ...centreStaff, inspector: "centre", employer: "own" },
  // Lifting a matching hold after a substantiated serious grievance: the coordinator, once reviewed.
  "fair_work.review": { coordinator: "centre" },
  "compliance.overview": { coordinator: "centre", inspector: "centre" },
  // Season planning: the coordinator plans their centre's season, an administrator the network's.
  "season_plan.create": { coordinator: "centre", admin: "any" },
  "season_plan.read": { coordinator: "centre", admin: "any" },
  // Who goes where, with the reasons, is about people: the centre's coordinator only (an administrator sees no
  // field of any person, so reads a network plan's totals and fairness report, which are counts).
  "season_plan.assignments": { coordinator: "centre" },
  // Accepting puts workers forward to employers (the referral use case): centre work, as referral.create is.
  "season_plan.decide": { coordinator: "centre" },
};

/** The owner of a record as far as access is concerned. */
export interface RecordOwnership {
  centreId: string;
  /** The worker the record is about, if any. */
  workerId?: string | null;
  /** The employer the record belongs to, if any. */
  employerId?: string | null;
}

export function scopeOf(actor: Actor, action: Action): Scope | null {
  return POLICY[action][actor.role] ?? null;
}

/** May this actor take this action on this record? */
export function isAllowed(actor: Actor, action: Action, record: RecordOwnership): boolean {
  const scope = scopeOf(actor, action);
  if (scope === null) return false;
  if (scope === "any") return true;
  if (actor.centreId === null || record.centreId !== actor.centreId) return false;
  if (scope === "centre") return true;
  return isOwnRecord(actor, record);
}

function isOwnRecord(actor: Actor, record: RecordOwnership): boolean {
  if (actor.role === "worker") return actor.workerId !== null && record.workerId === actor.workerId;
  if (actor.role === "employer") return actor.employerId !== null && record.employerId === actor.employerId;
  return false;
}

/** What a list may contain for this actor: the filter every repository applies to a list query. */
export type ListFilter =
  | { kind: "any" }
  | { kind: "centre"; centreId: string }
  | { kind: "own-worker"; centreId: string; workerId: string }
  | { kind: "own-employer"; centreId: string; employerId: string };

export function listFilterFor(actor: Actor, action: Action): ListFilter | null {
  const scope = scopeOf(actor, action);
  if (scope === null) return null;
  if (scope === "any") return { kind: "any" };
  if (actor.centreId === null) return null;
  if (scope === "centre") return { kind: "centre", centreId: actor.centreId };
  if (actor.role === "worker" && actor.workerId) return { kind: "own-worker", centreId: actor.centreId, workerId: actor.workerId };
  if (actor.role === "employer" && actor.employerId)
    return { kind: "own-employer", centreId: actor.centreId, employerId: actor.employerId };
  return null;
}

/** May the actor take the action at all (on some record)? Used to show or hide screens and to refuse early. */
export function mayEver(actor: Actor, action: Action): boolean {
  return scopeOf(actor, action) !== null;
}
