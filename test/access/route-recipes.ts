// How to call each API route for the access matrix. Every registered /api route needs a recipe here, with the
// same action as its config.action; the matrix test fails for a route without one.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import type { Action } from "../../src/core/access/policy.js";
import type { Role } from "../../src/core/access/roles.js";
import { VETTING_DECLARATIONS } from "../../src/core/vetting/vetting-codes.js";
import {
  type AccessWorld,
  documentUpload,
  type ExistingKind,
  missingId,
  type RecordKind,
  type RecordType,
  versionOf,
} from "../support/access-world.js";
import { employerInputWith, offerInputFor } from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { TEST_PASSWORD } from "../support/test-app.js";

export interface Cell {
  world: AccessWorld;
  role: Role;
  kind: RecordKind;
  /** Whether the policy lets this role take the action on this kind of record (the request must then succeed). */
  allowed: boolean;
}

/** The request of one cell and the id of the record it is about (what a refusal's audit entry names). */
export interface Prepared {
  request: InjectOptions;
  recordId: string | null;
}

interface BaseRecipe {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** The route as registered. */
  url: string;
  action: Action | "public" | "signed-in";
  /** Status of an allowed request. */
  success: number;
}

/** A route not about one record (a create without references, a dashboard, a list, reference data). */
export interface PlainRecipe extends BaseRecipe {
  shape: "plain";
  request: (cell: Omit<Cell, "kind">) => InjectOptions;
  /** For a list: the type of record its items are, to check that each fixture is listed exactly when in scope. */
  lists?: Exclude<RecordType, "draftOffer">;
  /** Properties of the body that look like ones a client must never set, but that this body defines. */
  defines?: string[];
}

/** A route about a record: the one in its path, or the ones its body refers to. */
export interface RecordRecipe extends BaseRecipe {
  shape: "record";
  prepare: (cell: Cell) => Promise<Prepared>;
  /** The status for a record that does not exist (a body reference is a form error; a path is 404). */
  missing?: number;
}

export type Recipe = PlainRecipe | RecordRecipe;

const json = { "content-type": "application/json" };
const idempotent = () => ({ "idempotency-key": randomUUID() });
const ifMatch = (version: number) => ({ "if-match": `"${version}"` });
/** The table of each versioned record, whose changes carry If-Match. */
const versioned = {
  worker: "workers",
  employer: "employers",
  offer: "job_offers",
  draftOffer: "job_offers",
  referral: "referrals",
  breach: "breaches",
  grievance: "grievances",
  inspection: "inspections",
  correctiveAction: "corrective_actions",
  attachment: undefined,
  employerDocument: undefined,
  checkIn: undefined,
  user: undefined,
} as const;

/**
 * The id a cell targets: a fixture of the kind, a new record of the same owner when an allowed change can run only
 * once (a state move, an account opened), or an id of nothing.
 */
async function target(cell: Cell, type: RecordType, fresh?: keyof AccessWorld["fresh"]): Promise<string> {
  if (cell.kind === "missing") return missingId();
  if (cell.allowed && fresh) return cell.world.fresh[fresh](cell.kind);
  return cell.world.records[type][cell.kind];
}

/** GET on a record in the path. */
function readRecord(url: string, action: Action, type: RecordType): RecordRecipe {
  return {
    shape: "record",
    method: "GET",
    url,
    action,
    success: 200,
    prepare: async (cell) => {
      const id = await target(cell, type);
      return { request: { method: "GET", url: url.replace(":id", id) }, recordId: id };
    },
  };
}

/** A change to a record in the path, sent with If-Match of its current version when the record has one. */
function changeRecord(
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  url: string,
  action: Action,
  type: RecordType,
  options: { success: number; body: (role: Role) => InjectOptions["payload"]; fresh?: keyof AccessWorld["fresh"] },
): RecordRecipe {
  return {
    shape: "record",
    method,
    url,
    action,
    success: options.success,
    prepare: async (cell) => {
      const id = await target(cell, type, options.fresh);
      const payload = options.body(cell.role);
      const table = versioned[type];
      const headers = { ...(payload === undefined ? {} : json), ...(table ? ifMatch(await versionOf(cell.world, table, id)) : {}) };
      return { request: { method, url: url.replace(":id", id), headers, payload }, recordId: id };
    },
  };
}

/** A change to an employer's vetting file, sent with If-Match of the file's current version (1 before it is opened). */
function vettingChange(
  method: "POST" | "PUT",
  url: string,
  action: Action,
  body: () => InjectOptions["payload"],
  fresh?: keyof AccessWorld["fresh"],
): RecordRecipe {
  return {
    shape: "record",
    method,
    url,
    action,
    success: 200,
    prepare: async (cell) => {
      const id = await target(cell, "employer", fresh);
      const result = (await cell.world.connection.db.execute(
        sql`select version from employer_vetting where employer_id = ${id}`,
      )) as unknown as { rows: { version: number }[] };
      const headers = { ...json, ...ifMatch(result.rows[0]?.version ?? 1) };
      return { request: { method, url: url.replace(":id", id), headers, payload: body() }, recordId: id };
    },
  };
}

function plain(method: BaseRecipe["method"], url: string, action: BaseRecipe["action"], extra: Partial<PlainRecipe> = {}): PlainRecipe {
  return { shape: "plain", method, url, action, success: 200, request: () => ({ method, url }), ...extra };
}

const list = (url: string, action: Action, lists: PlainRecipe["lists"]) =>
  plain("GET", url, action, { lists, request: () => ({ method: "GET", url: `${url}?pageSize=100` }) });

const site = { name: "South field", regionCode: "EL633", address: "", latitude: 38.0, longitude: 21.3 };
const BREACH = {
  discoveredAt: "2026-02-01T08:00:00Z",
  description: "Paper files left in a meeting room",
  dataCategories: ["identity"],
  peopleAffected: 3,
  riskLevel: "low",
};

const LABOUR_RULE = { country: "IT", kind: "max_hours_week", value: 48, validFrom: "2026-01-01", source: "Test source for the matrix" };

/**
 * A labour rule is network reference data, owned by no centre: every kind of record is the same shipped rule (the
 * Italian weekly limit), and a missing one is an id of nothing. A change sends If-Match of its current version.
 */
function labourRuleRecipe(method: "GET" | "PATCH", action: Action): RecordRecipe {
  return {
    shape: "record",
    method,
    url: "/api/labour-rules/:id",
    action,
    success: 200,
    prepare: async ({ world, kind }) => {
      const result = (await world.connection.db.execute(
        sql`select id, version from labour_rules where country = 'IT' and kind = 'max_hours_week' order by created_at limit 1`,
      )) as unknown as { rows: { id: string; version: number }[] };
      const rule = result.rows[0];
      const id = kind === "missing" || !rule ? missingId() : rule.id;
      const url = `/api/labour-rules/${id}`;
      if (method === "GET") return { request: { method, url }, recordId: id };
      return { request: { method, url, headers: { ...json, ...ifMatch(rule?.version ?? 1) }, payload: { note: "checked" } }, recordId: id };
    },
  };
}

/** The employer a new offer names, and the worker a new referral names, for each kind of record. */
function offerFor(world: AccessWorld, kind: RecordKind) {
  if (kind === "missing") return { ...offerInputFor(world.employers.own), employerId: missingId(), siteId: missingId() };
  return offerInputFor(world.employers[kind as ExistingKind], { startDate: "2027-03-01", endDate: "2027-05-31" });
}

/** A substantiated serious grievance against an employer: a matching hold its centre's coordinator can review. */
async function matchingHold(world: AccessWorld, employerId: string): Promise<string> {
  const id = randomUUID();
  await world.connection.db.execute(
    sql`insert into grievances (id, centre_id, reference, follow_up_code_hash, channel, language, description, employer_id, anonymous,
        status, severity, outcome)
        select ${id}, centre_id, ${`GV-HOLD-${id.slice(0, 8)}`}, ${id}, 'web', 'en', 'Wages withheld', id, true, 'resolved', 'high',
        'substantiated' from employers where id = ${employerId}`,
  );
  return id;
}

/** A season whose offers the fixture workers can fill (their availability and permits cover it). */
const PLAN_SEASON = { seasonStart: "2027-02-01", seasonEnd: "2027-07-31" };

/**
 * Waits until no season plan is queued or running. A plan runs in the background and writes to its tables, and the
 * matrix compares a fingerprint of every table around each refused request: no run may be under way then.
 */
async function plansSettled(world: AccessWorld): Promise<void> {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const result = (await world.connection.db.execute(
      sql`select count(*)::int as n from season_plans where status in ('queued', 'running')`,
    )) as unknown as { rows: { n: number }[] };
    if (Number(result.rows[0]?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("season plans still running");
}

/** One finished plan of each centre per world, made by the administrator, for the routes about a plan. */
const seasonPlanFixtures = new WeakMap<AccessWorld, Promise<Record<"A" | "B", string>>>();

function seasonPlansOf(world: AccessWorld): Promise<Record<"A" | "B", string>> {
  let plans = seasonPlanFixtures.get(world);
  if (!plans) {
    const planFor = async (centreId: string) => {
      const payload = { centreIds: [centreId], ...PLAN_SEASON };
      const response = await world.roles.admin({ method: "POST", url: "/api/season-plans", headers: json, payload });
      if (response.statusCode !== 202) throw new Error(`season plan failed: ${response.body}`);
      return (response.json() as { id: string }).id;
    };
    plans = (async () => {
      const ids = { A: await planFor(world.centreA.id), B: await planFor(world.centreB.id) };
      await plansSettled(world);
      return ids;
    })();
    seasonPlanFixtures.set(world, plans);
  }
  return plans;
}

/** The plan a cell is about: of the actor's centre (own, another of own centre), of the other centre, or none. */
async function seasonPlanFor(world: AccessWorld, kind: RecordKind): Promise<string> {
  const plans = await seasonPlansOf(world);
  if (kind === "missing") return missingId();
  return kind === "otherCentre" ? plans.B : plans.A;
}

/** A route about a season plan in the path; `build` gives the path (and the body, if any) for a plan. */
function seasonPlanRecipe(
  method: "GET" | "POST",
  url: string,
  action: Action,
  build: (world: AccessWorld, planId: string) => Promise<{ path: string; payload?: InjectOptions["payload"] }>,
): RecordRecipe {
  return {
    shape: "record",
    method,
    url,
    action,
    success: 200,
    prepare: async ({ world, kind }) => {
      const id = await seasonPlanFor(world, kind);
      const { path, payload } = await build(world, id);
      return { request: { method, url: path, ...(payload === undefined ? {} : { headers: json, payload }) }, recordId: id };
    },
  };
}

/** A worker the plan took in (every worker of its centre who may be matched has a chain, maybe empty). */
async function workerInPlan(world: AccessWorld, planId: string): Promise<string> {
  const result = (await world.connection.db.execute(
    sql`select worker_id from season_plan_chains where plan_id = ${planId} order by worker_id limit 1`,
  )) as unknown as { rows: { worker_id: string }[] };
  return result.rows[0]?.worker_id ?? missingId();
}

export const RECIPES: Recipe[] = [
  plain("GET", "/api/health", "public"),
  plain("GET", "/api/me", "signed-in"),
  plain("PUT", "/api/me/locale", "signed-in", {
    success: 204,
    request: () => ({ method: "PUT", url: "/api/me/locale", headers: json, payload: { locale: "en" } }),
  }),
  plain("GET", "/api/reference/occupations", "reference.read"),
  plain("GET", "/api/reference/skills", "reference.read"),
  plain("GET", "/api/reference/regions", "reference.read"),
  plain("GET", "/api/reference/region-shapes", "reference.read", {
    request: () => ({ method: "GET", url: "/api/reference/region-shapes?country=EL&country=CY" }),
  }),

  list("/api/workers", "worker.list", "worker"),
  plain("POST", "/api/workers", "worker.create", {
    success: 201,
    request: () => ({ method: "POST", url: "/api/workers", headers: { ...json, ...idempotent() }, payload: workerInput() }),
  }),
  readRecord("/api/workers/:id", "worker.read", "worker"),
  changeRecord("PATCH", "/api/workers/:id", "worker.update", "worker", { success: 200, body: () => ({ willingToRelocate: true }) }),
  readRecord("/api/workers/:id/consents", "worker.consent.read", "worker"),
  changeRecord("POST", "/api/workers/:id/consents", "worker.consent.record", "worker", {
    success: 201,
    body: () => ({ purpose: "contact_by_sms", granted: true, method: "in_person" }),
  }),
  readRecord("/api/workers/:id/matches", "worker.matches", "worker"),

  list("/api/employers", "employer.list", "employer"),
  plain("POST", "/api/employers", "employer.create", {
    success: 201,
    request: () => ({ method: "POST", url: "/api/employers", headers: { ...json, ...idempotent() }, payload: employerInputWith() }),
  }),
  readRecord("/api/employers/:id", "employer.read", "employer"),
  changeRecord("PATCH", "/api/employers/:id", "employer.update", "employer", {
    success: 200,
    body: () => ({ accommodationOffered: true }),
  }),
  changeRecord("POST", "/api/employers/:id/sites", "employer.update", "employer", { success: 201, body: () => site }),
  changeRecord("POST", "/api/employers/:id/account", "employer.account.create", "employer", {
    success: 201,
    body: () => undefined,
    fresh: "employer",
  }),

  list("/api/offers", "offer.list", "offer"),
  {
    shape: "record",
    method: "POST",
    url: "/api/offers",
    action: "offer.create",
    success: 201,
    missing: 400,
    prepare: async ({ world, kind }) => {
      const payload = offerFor(world, kind);
      return {
        request: { method: "POST", url: "/api/offers", headers: { ...json, ...idempotent() }, payload },
        recordId: payload.employerId,
      };
    },
  },
  readRecord("/api/offers/:id", "offer.read", "offer"),
  changeRecord("PATCH", "/api/offers/:id", "offer.update", "draftOffer", { success: 200, body: () => ({ positions: 5 }) }),
  changeRecord("POST", "/api/offers/:id/transitions", "offer.transition", "draftOffer", {
    success: 200,
    body: () => ({ to: "submitted" }),
    fresh: "draftOffer",
  }),
  readRecord("/api/offers/:id/matches", "offer.matches", "offer"),
  readRecord("/api/offers/:id/check", "offer.check", "offer"),

  list("/api/labour-rules", "labour_rule.read", undefined),
  plain("POST", "/api/labour-rules", "labour_rule.update", {
    success: 201,
    request: () => ({ method: "POST", url: "/api/labour-rules", headers: { ...json, ...idempotent() }, payload: LABOUR_RULE }),
  }),
  labourRuleRecipe("GET", "labour_rule.read"),
  labourRuleRecipe("PATCH", "labour_rule.update"),

  list("/api/referrals", "referral.list", "referral"),
  {
    shape: "record",
    method: "POST",
    url: "/api/referrals",
    action: "referral.create",
    success: 201,
    prepare: async (cell) => {
      const { world, kind } = cell;
      const offerId = kind === "missing" ? missingId() : world.records.offer[kind];
      const workerId = kind === "missing" ? missingId() : cell.allowed ? await world.fresh.worker(kind) : world.records.worker[kind];
      const payload = { offerId, workerId, mode: "refer", consentMethod: "in_person" };
      return { request: { method: "POST", url: "/api/referrals", headers: { ...json, ...idempotent() }, payload }, recordId: offerId };
    },
  },
  changeRecord("POST", "/api/referrals/:id/moves", "referral.move", "referral", {
    success: 200,
    // A move each role may make from "referred": the worker withdraws, the employer and staff invite to an interview.
    body: (role) => ({ to: role === "worker" ? "withdrawn" : "interview" }),
    fresh: "referral",
  }),

  {
    shape: "record",
    method: "POST",
    url: "/api/workers/:id/attachments",
    action: "attachment.upload",
    success: 201,
    prepare: async (cell) => {
      const id = await target(cell, "worker");
      const { headers, payload } = documentUpload();
      return {
        request: { method: "POST", url: `/api/workers/${id}/attachments`, headers: { ...headers, ...idempotent() }, payload },
        recordId: id,
      };
    },
  },
  readRecord("/api/workers/:id/attachments", "attachment.read", "worker"),
  changeRecord("POST", "/api/attachments/:id/link", "attachment.read", "attachment", { success: 200, body: () => undefined }),
  changeRecord("DELETE", "/api/attachments/:id", "attachment.delete", "attachment", {
    success: 204,
    body: () => undefined,
    fresh: "attachment",
  }),
  // The signed link is the authorisation (its own tests are in test/api/attachments.test.ts): a made-up one is 404.
  plain("GET", "/api/files/:token", "public", { success: 404, request: () => ({ method: "GET", url: "/api/files/made-up-link" }) }),

  readRecord("/api/workers/:id/export", "worker.export", "worker"),
  changeRecord("POST", "/api/workers/:id/erase", "worker.erase", "worker", {
    success: 200,
    // The fresh worker's full name confirms the erasure.
    body: () => ({ reason: "subject_request", confirmation: "Nabil Hassan" }),
    fresh: "worker",
  }),
  plain("GET", "/api/privacy/record-of-processing", "privacy.read"),
  plain("GET", "/api/privacy/retention", "privacy.read"),
  plain("POST", "/api/privacy/retention/apply", "retention.apply", {
    request: () => ({ method: "POST", url: "/api/privacy/retention/apply", headers: json, payload: { dryRun: true } }),
  }),

  list("/api/breaches", "breach.list", "breach"),
  plain("POST", "/api/breaches", "breach.record", {
    success: 201,
    defines: ["centreId"],
    request: ({ world, role }) => ({
      method: "POST",
      url: "/api/breaches",
      headers: { ...json, ...idempotent() },
      // A network-wide role says which centre the breach belongs to.
      payload: { ...BREACH, ...(role === "admin" ? { centreId: world.centreA.id } : {}) },
    }),
  }),
  readRecord("/api/breaches/:id", "breach.list", "breach"),
  changeRecord("PATCH", "/api/breaches/:id", "breach.update", "breach", {
    success: 200,
    body: () => ({ measuresTaken: "Passwords changed" }),
  }),

  list("/api/check-ins", "checkin.list", "checkIn"),
  readRecord("/api/check-ins/:id", "checkin.list", "checkIn"),
  changeRecord("POST", "/api/check-ins/:id/answers", "checkin.answer", "checkIn", {
    success: 200,
    body: () => ({ answers: { paid_as_agreed: "yes", hours_as_agreed: "yes", housing_ok: "yes", treated_well: "yes" } }),
    fresh: "checkIn",
  }),

  readRecord("/api/employers/:id/vetting", "vetting.read", "employer"),
  vettingChange("PUT", "/api/employers/:id/vetting/declarations", "vetting.declare", () => ({
    declarations: Object.fromEntries(VETTING_DECLARATIONS.map((code) => [code, true])),
    collectiveAgreement: "Agricultural workers of Ilia",
  })),
  vettingChange("PUT", "/api/employers/:id/vetting/self-assessment", "vetting.declare", () => ({
    answers: { pay_slips: { answer: "yes", note: "" } },
  })),
  // Rejecting is a move every fresh (pending) file can make, once.
  vettingChange(
    "POST",
    "/api/employers/:id/vetting/decision",
    "vetting.decide",
    () => ({ status: "rejected", note: "No answer" }),
    "employer",
  ),
  {
    shape: "record",
    method: "POST",
    url: "/api/employers/:id/vetting/documents",
    action: "vetting.declare",
    success: 201,
    prepare: async (cell) => {
      const id = await target(cell, "employer");
      const { headers, payload } = documentUpload("other");
      return {
        request: { method: "POST", url: `/api/employers/${id}/vetting/documents`, headers: { ...headers, ...idempotent() }, payload },
        recordId: id,
      };
    },
  },
  changeRecord("POST", "/api/employer-documents/:id/link", "vetting.read", "employerDocument", { success: 200, body: () => undefined }),
  changeRecord("POST", "/api/employer-documents/:id/verify", "vetting.decide", "employerDocument", {
    success: 200,
    body: () => ({ verified: true }),
  }),
  plain("GET", "/api/employer-documents/files/:token", "public", {
    success: 404,
    request: () => ({ method: "GET", url: "/api/employer-documents/files/made-up-link" }),
  }),

  list("/api/inspections", "inspection.list", "inspection"),
  {
    shape: "record",
    method: "POST",
    url: "/api/inspections",
    action: "inspection.record",
    success: 201,
    missing: 400,
    prepare: async ({ world, kind }) => {
      const employerId = kind === "missing" ? missingId() : world.employers[kind].id;
      const payload = { employerId, kind: "monitoring_visit", scheduledFor: "2026-08-01" };
      return { request: { method: "POST", url: "/api/inspections", headers: { ...json, ...idempotent() }, payload }, recordId: employerId };
    },
  },
  readRecord("/api/inspections/:id", "inspection.read", "inspection"),
  changeRecord("PATCH", "/api/inspections/:id", "inspection.record", "inspection", {
    success: 200,
    body: () => ({ status: "in_progress" }),
    fresh: "inspection",
  }),
  changeRecord("POST", "/api/inspections/:id/findings", "inspection.record", "inspection", {
    success: 201,
    body: () => ({ area: "hours", severity: "minor", description: "Hours not recorded on Sundays" }),
  }),
  changeRecord("POST", "/api/inspections/:id/corrective-actions", "inspection.record", "inspection", {
    success: 201,
    body: () => ({ description: "Record the hours of every day", dueDate: "2026-11-30" }),
  }),
  {
    shape: "record",
    method: "POST",
    url: "/api/inspections/:id/evidence",
    action: "inspection.record",
    success: 201,
    prepare: async (cell) => {
      const id = await target(cell, "inspection");
      const { headers, payload } = documentUpload("other");
      return {
        request: { method: "POST", url: `/api/inspections/${id}/evidence`, headers: { ...headers, ...idempotent() }, payload },
        recordId: id,
      };
    },
  },
  // The signed link is the authorisation (tested in test/api/inspections.test.ts): a made-up one is 404.
  plain("GET", "/api/inspection-files/:token", "public", {
    success: 404,
    request: () => ({ method: "GET", url: "/api/inspection-files/made-up-link" }),
  }),
  list("/api/corrective-actions", "inspection.list", "correctiveAction"),
  changeRecord("PATCH", "/api/corrective-actions/:id", "inspection.record", "correctiveAction", {
    success: 200,
    body: () => ({ status: "verified" }),
    fresh: "correctiveAction",
  }),
  changeRecord("POST", "/api/corrective-actions/:id/response", "corrective_action.respond", "correctiveAction", {
    success: 200,
    body: () => ({ response: "Contracts signed with all twelve pickers" }),
  }),

  list("/api/grievances", "grievance.list", "grievance"),
  plain("POST", "/api/grievances", "grievance.record", {
    success: 201,
    request: ({ world }) => ({
      method: "POST",
      url: "/api/grievances",
      headers: { ...json, ...idempotent() },
      payload: { channel: "phone", language: "el", categories: ["safety"], description: "No shade", employerId: world.employers.own.id },
    }),
  }),
  plain("GET", "/api/grievances/assignees", "grievance.triage"),
  readRecord("/api/grievances/:id", "grievance.read", "grievance"),
  changeRecord("PATCH", "/api/grievances/:id", "grievance.triage", "grievance", { success: 200, body: () => ({ severity: "medium" }) }),
  // Closing a received case as withdrawn is a move every fresh case can make, once.
  changeRecord("POST", "/api/grievances/:id/moves", "grievance.triage", "grievance", {
    success: 200,
    body: () => ({ to: "closed", outcome: "withdrawn" }),
    fresh: "grievance",
  }),
  changeRecord("POST", "/api/grievances/:id/notes", "grievance.note", "grievance", {
    success: 201,
    body: () => ({ body: "Called the reporter back" }),
  }),
  changeRecord("POST", "/api/grievances/:id/reveal", "grievance.reveal", "grievance", {
    success: 200,
    body: () => ({ reason: "Court order 12/2026" }),
  }),
  readRecord("/api/workers/:id/grievances", "grievance.list", "worker"),
  // Reporting without an account and following a case with its code (test/api/grievance-report.test.ts). The follow
  // routes count wrong codes per address: each sends from its own so the roles of the matrix stay under the limit.
  plain("GET", "/api/grievance-reports/centres", "public"),
  plain("POST", "/api/grievance-reports", "public", {
    success: 201,
    request: ({ world }) => ({
      method: "POST",
      url: "/api/grievance-reports",
      headers: json,
      payload: { centreId: world.centreA.id, language: "el", categories: ["safety"], description: "No shade in the field" },
    }),
  }),
  plain("POST", "/api/grievance-reports/follow", "public", {
    success: 404,
    request: () => ({
      method: "POST",
      url: "/api/grievance-reports/follow",
      headers: json,
      payload: { code: "AAAA-AAAA-AAAA" },
      remoteAddress: "203.0.113.1",
    }),
  }),
  plain("POST", "/api/grievance-reports/messages", "public", {
    success: 404,
    request: () => ({
      method: "POST",
      url: "/api/grievance-reports/messages",
      headers: json,
      payload: { code: "AAAA-AAAA-AAAA", body: "Any news?" },
      remoteAddress: "203.0.113.2",
    }),
  }),
  plain("POST", "/api/me/grievances", "grievance.report", {
    success: 201,
    request: () => ({
      method: "POST",
      url: "/api/me/grievances",
      headers: { ...json, ...idempotent() },
      payload: { language: "ar", categories: ["unpaid_wages"], description: "Two weeks not paid" },
    }),
  }),
  // The SMS webhook does not exist until SMS_INBOUND_SECRET is set.
  plain("POST", "/api/sms/inbound", "public", {
    success: 404,
    request: () => ({ method: "POST", url: "/api/sms/inbound", headers: json, payload: { from: "+306900000001", text: "REPORT no pay" } }),
  }),

  readRecord("/api/employers/:id/fair-work", "fair_work.read", "employer"),
  {
    shape: "record",
    method: "POST",
    url: "/api/employers/:id/fair-work/reviews",
    action: "fair_work.review",
    success: 201,
    prepare: async (cell) => {
      const id = await target(cell, "employer");
      // Allowed: a fresh hold on the employer to review; refused: a grievance that does not matter, since nothing is read.
      const grievanceId = cell.allowed ? await matchingHold(cell.world, id) : missingId();
      const url = `/api/employers/${id}/fair-work/reviews`;
      const payload = { grievanceId, note: "Wages paid back, checked with the pay slips" };
      return { request: { method: "POST", url, headers: { ...json, ...idempotent() }, payload }, recordId: id };
    },
  },
  plain("GET", "/api/compliance/overview", "compliance.overview"),

  list("/api/users", "user.list", "user"),
  changeRecord("PUT", "/api/users/:id/disabled", "user.disable", "user", {
    success: 200,
    body: () => ({ disabled: true }),
    fresh: "user",
  }),

  plain("GET", "/api/dashboard", "dashboard.read"),
  plain("GET", "/api/outbox", "outbox.read"),
  plain("GET", "/api/audit", "audit.read"),

  // Season plans: the centre named in the body of a new plan, or the plan in the path.
  {
    shape: "record",
    method: "POST",
    url: "/api/season-plans",
    action: "season_plan.create",
    success: 202,
    missing: 400,
    prepare: async ({ world, role, kind, allowed }) => {
      const centreId = kind === "missing" ? missingId() : kind === "otherCentre" ? world.centreB.id : world.centreA.id;
      const headers = { ...json, ...idempotent() };
      const request: InjectOptions = {
        method: "POST",
        url: "/api/season-plans",
        headers,
        payload: { centreIds: [centreId], ...PLAN_SEASON },
      };
      if (allowed) {
        // The plan is queued and run here, to the end; the matrix's own request, with the same key, gets the stored answer.
        await plansSettled(world);
        await world.roles[role](request);
        await plansSettled(world);
      }
      return { request, recordId: centreId };
    },
  },
  plain("GET", "/api/season-plans", "season_plan.read", { request: () => ({ method: "GET", url: "/api/season-plans?pageSize=100" }) }),
  seasonPlanRecipe("GET", "/api/season-plans/:id", "season_plan.read", async (_world, id) => ({ path: `/api/season-plans/${id}` })),
  seasonPlanRecipe("GET", "/api/season-plans/:id/assignments", "season_plan.assignments", async (_world, id) => ({
    path: `/api/season-plans/${id}/assignments`,
  })),
  seasonPlanRecipe("GET", "/api/season-plans/:id/chains/:workerId", "season_plan.assignments", async (world, id) => ({
    path: `/api/season-plans/${id}/chains/${await workerInPlan(world, id)}`,
  })),
  // Rejecting a pair the plan does not hold changes no assignment: the answer lists it as refused.
  seasonPlanRecipe("POST", "/api/season-plans/:id/decisions", "season_plan.decide", async (_world, id) => ({
    path: `/api/season-plans/${id}/decisions`,
    payload: { decision: "rejected", assignments: [{ workerId: missingId(), offerId: missingId() }] },
  })),

  // Public routes: sign-in (better-auth) and the API's own documentation.
  plain("GET", "/api/auth/*", "public", { request: () => ({ method: "GET", url: "/api/auth/get-session" }) }),
  plain("POST", "/api/auth/*", "public", {
    request: ({ world }) => ({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: json,
      payload: { email: world.emails.analyst, password: TEST_PASSWORD },
    }),
  }),
  plain("GET", "/api/openapi.json", "public"),
  plain("GET", "/api/docs/", "public"),
  plain("GET", "/api/docs/static/index.html", "public", { success: 302 }),
  plain("GET", "/api/docs/static/swagger-initializer.js", "public"),
  plain("GET", "/api/docs/json", "public"),
  plain("GET", "/api/docs/yaml", "public"),
  plain("GET", "/api/docs/static/*", "public", { request: () => ({ method: "GET", url: "/api/docs/static/swagger-ui.css" }) }),
];
