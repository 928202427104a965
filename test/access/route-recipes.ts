// How to call each API route for the access matrix. Every registered /api route needs a recipe here, with the
// same action as its config.action; the matrix test fails for a route without one.
import { randomUUID } from "node:crypto";
import type { InjectOptions } from "fastify";
import type { Action } from "../../src/core/access/policy.js";
import type { Role } from "../../src/core/access/roles.js";
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
  attachment: undefined,
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

/** The employer a new offer names, and the worker a new referral names, for each kind of record. */
function offerFor(world: AccessWorld, kind: RecordKind) {
  if (kind === "missing") return { ...offerInputFor(world.employers.own), employerId: missingId(), siteId: missingId() };
  return offerInputFor(world.employers[kind as ExistingKind], { startDate: "2027-03-01", endDate: "2027-05-31" });
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

  changeRecord("PUT", "/api/users/:id/disabled", "user.disable", "user", {
    success: 200,
    body: () => ({ disabled: true }),
    fresh: "user",
  }),

  plain("GET", "/api/dashboard", "dashboard.read"),
  plain("GET", "/api/outbox", "outbox.read"),
  plain("GET", "/api/audit", "audit.read"),

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
