import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Employer } from "../../src/core/employers/employer-schemas.js";
import type {
  GrievanceDetail,
  GrievanceRecorded,
  GrievanceRecordInput,
  GrievanceSummary,
} from "../../src/core/grievances/grievance-schemas.js";
import type { Worker } from "../../src/core/workers/worker-schemas.js";
import { insertPasswordAccount } from "../../src/db/repositories/account-repository.js";
import { hashPassword } from "../../src/server/auth/create-auth.js";
import { auditTrailOf, expectApiError, ifMatch, type Requester, registerEmployer } from "../support/employers-and-offers.js";
import { nextPhone, workerInput } from "../support/fixtures.js";
import { as, createTestWorld, signIn, signInEveryRole, signInWorker, TEST_PASSWORD, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let coordinator: Requester;
let caseworker: Requester;
let inspector: Requester;
let dpo: Requester;
let otherCoordinator: Requester;
let otherDpo: Requester;
let employer: Employer;
let worker: Worker;
let workerSession: Requester;

const HOUR = 3_600_000;
const REPORTER = { name: "Amadou Reporter-Test", phone: "+306949990001" };

beforeAll(async () => {
  world = await createTestWorld();
  ({ coordinator, caseworker, inspector } = await signInEveryRole(world));
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const [email, centreId] of [
    ["dpo@a.test", world.centreA.id],
    ["dpo@b.test", world.centreB.id],
  ] as const) {
    await insertPasswordAccount(world.connection.db, { name: "dpo", email, passwordHash, role: "dpo", centreId });
  }
  dpo = as(world.app, await signIn(world.app, "dpo@a.test"));
  otherDpo = as(world.app, await signIn(world.app, "dpo@b.test"));
  otherCoordinator = as(world.app, await signIn(world.app, world.centreB.emails.coordinator));
  employer = await registerEmployer(coordinator);
  const created = await caseworker({ method: "POST", url: "/api/workers", payload: workerInput({ phone: nextPhone() }) });
  expect(created.statusCode, created.body).toBe(201);
  worker = created.json();
  workerSession = as(world.app, await signInWorker(world, worker.phone));
});
afterAll(() => world.close());

function grievanceInput(overrides: Partial<GrievanceRecordInput> = {}): GrievanceRecordInput {
  return {
    channel: "phone",
    language: "fr",
    categories: ["withholding_of_wages"],
    description: "Three weeks of strawberry picking have not been paid.",
    employerId: employer.id,
    reporter: { workerId: worker.id, ...REPORTER, sharedWithCaseworkers: false },
    ...overrides,
  };
}

async function record(request: Requester, overrides: Partial<GrievanceRecordInput> = {}): Promise<GrievanceRecorded> {
  const response = await request({ method: "POST", url: "/api/grievances", payload: grievanceInput(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function read(request: Requester, id: string): Promise<GrievanceDetail> {
  const response = await request({ method: "GET", url: `/api/grievances/${id}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function triage(id: string, body: object, request: Requester = coordinator) {
  const { version } = await read(coordinator, id);
  return request({ method: "PATCH", url: `/api/grievances/${id}`, headers: ifMatch(version), payload: body });
}

async function move(id: string, body: object, request: Requester = coordinator) {
  const { version } = await read(coordinator, id);
  return request({ method: "POST", url: `/api/grievances/${id}/moves`, headers: ifMatch(version), payload: body });
}

async function list(request: Requester, query = ""): Promise<GrievanceSummary[]> {
  const response = await request({ method: "GET", url: `/api/grievances?pageSize=100${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

describe("recording a grievance taken by phone", () => {
  it("opens the case under the centre's next reference, answers the follow-up code once and never names the reporter", async () => {
    const recorded = await record(coordinator);
    expect(recorded.reference).toMatch(/^GV-\d{4}-\d{4}$/);
    expect(recorded.followUpCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const detail = await read(coordinator, recorded.id);
    expect(detail).toMatchObject({ signed: true, status: "received", channel: "phone", employerName: employer.legalName });
    expect(detail.events.map((event) => event.toStatus)).toEqual(["received"]);
    const body = JSON.stringify(detail);
    for (const secret of [REPORTER.name, REPORTER.phone, worker.id, recorded.followUpCode]) expect(body).not.toContain(secret);
    const [audit] = await auditTrailOf(world, recorded.id, "grievance.record");
    expect(audit?.details).toMatchObject({ channel: "phone", anonymous: false });
  });

  it("records an anonymous grievance, and refuses a worker of another centre or what is missing", async () => {
    const anonymous = await record(caseworker, { reporter: null, employerId: null, workplaceGiven: "Farm near Vartholomio" });
    expect((await read(caseworker, anonymous.id)).signed).toBe(false);
    const created = await otherCoordinator({ method: "POST", url: "/api/workers", payload: workerInput({ phone: nextPhone() }) });
    const elsewhere: Worker = created.json();
    expectApiError(
      await coordinator({
        method: "POST",
        url: "/api/grievances",
        payload: grievanceInput({ reporter: { workerId: elsewhere.id, ...REPORTER, sharedWithCaseworkers: false } }),
      }),
      400,
      "validation_failed",
      [{ path: ["reporter", "workerId"], message: "errors.invalidValue" }],
    );
    expectApiError(
      await coordinator({ method: "POST", url: "/api/grievances", payload: grievanceInput({ categories: [], description: " " }) }),
      400,
      "validation_failed",
    );
  });
});

describe("triage", () => {
  it("sets the due date from the severity (critical 24 h, high 3 days) and moves a received case to triaged", async () => {
    const { id } = await record(coordinator);
    const before = Date.now();
    const response = await triage(id, { severity: "high" });
    const after = Date.now();
    expect(response.statusCode, response.body).toBe(200);
    const triaged: GrievanceDetail = response.json();
    expect(triaged).toMatchObject({ status: "triaged", severity: "high", version: 2 });
    expect(response.headers.etag).toBe('"2"');
    const due = Date.parse(triaged.dueAt ?? "");
    expect(due).toBeGreaterThanOrEqual(before + 72 * HOUR - 1000);
    expect(due).toBeLessThanOrEqual(after + 72 * HOUR + 1000);
    expect(triaged.events.map((event) => event.kind)).toEqual(["status", "triage", "status"]);
    const critical: GrievanceDetail = (await triage(id, { severity: "critical" })).json();
    expect(Date.parse(critical.dueAt ?? "") - Date.parse(critical.updatedAt)).toBeLessThanOrEqual(24 * HOUR);
    expect(critical.status).toBe("triaged");
  });

  it("needs If-Match and refuses a stale version", async () => {
    const { id } = await record(coordinator);
    expectApiError(
      await coordinator({ method: "PATCH", url: `/api/grievances/${id}`, payload: { severity: "low" } }),
      428,
      "precondition_required",
    );
    expect((await triage(id, { severity: "low" })).statusCode).toBe(200);
    expectApiError(
      await coordinator({ method: "PATCH", url: `/api/grievances/${id}`, headers: ifMatch(1), payload: { severity: "medium" } }),
      412,
      "precondition_failed",
    );
    expect((await read(coordinator, id)).severity).toBe("low");
  });

  it("assigns to a member of the centre who handles grievances, never to another centre's", async () => {
    const { id } = await record(coordinator);
    const assignees = (await coordinator({ method: "GET", url: "/api/grievances/assignees" })).json() as { id: string; role: string }[];
    expect(new Set(assignees.map((a) => a.role))).toEqual(new Set(["caseworker", "coordinator", "inspector"]));
    const inspectorId = (await inspector({ method: "GET", url: "/api/me" })).json().id;
    const otherCentreUser = (await otherCoordinator({ method: "GET", url: "/api/me" })).json().id;
    expectApiError(await triage(id, { assignedTo: otherCentreUser }), 400, "validation_failed", [
      { path: ["assignedTo"], message: "errors.invalidValue" },
    ]);
    const dpoId = (await dpo({ method: "GET", url: "/api/me" })).json().id;
    expectApiError(await triage(id, { assignedTo: dpoId }), 400, "validation_failed");
    const assigned: GrievanceDetail = (await triage(id, { assignedTo: inspectorId })).json();
    expect(assigned).toMatchObject({ assignedTo: inspectorId, status: "received" });
    expect((await list(inspector, "&mine=true")).map((g) => g.id)).toEqual([id]);
    expect((await list(coordinator, "&mine=true")).map((g) => g.id)).not.toContain(id);
  });

  it("is the coordinator's and the inspector's: a caseworker may not triage", async () => {
    const { id } = await record(caseworker);
    expectApiError(await triage(id, { severity: "low" }, caseworker), 403, "forbidden");
  });
});

describe("status moves, escalation and outcome", () => {
  it("follows the allowed moves to an outcome, and shows the employer's matching hold for a substantiated serious case", async () => {
    const { id } = await record(coordinator);
    expectApiError(await move(id, { to: "investigating" }), 409, "invalid_transition");
    expectApiError(await move(id, { to: "triaged" }), 400, "validation_failed", [{ path: ["severity"], message: "errors.required" }]);
    expect((await triage(id, { severity: "critical" })).statusCode).toBe(200);
    expectApiError(await move(id, { to: "escalated" }), 400, "validation_failed", [{ path: ["escalatedTo"], message: "errors.required" }]);
    const escalated: GrievanceDetail = (await move(id, { to: "escalated", escalatedTo: "Labour inspectorate of Western Greece" })).json();
    expect(escalated).toMatchObject({ status: "escalated", escalatedTo: "Labour inspectorate of Western Greece" });
    expect(escalated.escalatedAt).not.toBeNull();
    expectApiError(await move(id, { to: "resolved" }), 400, "validation_failed", [{ path: ["outcome"], message: "errors.required" }]);
    const resolved: GrievanceDetail = (
      await move(id, { to: "resolved", outcome: "substantiated", outcomeNote: "Pay slips show 21 days unpaid." })
    ).json();
    expect(resolved).toMatchObject({ status: "resolved", outcome: "substantiated", matchingHold: true });
    const reopened: GrievanceDetail = (await move(id, { to: "investigating" })).json();
    expect(reopened).toMatchObject({ outcome: null, matchingHold: false });
    expect((await move(id, { to: "closed", outcome: "not_substantiated" })).json()).toMatchObject({
      status: "closed",
      matchingHold: false,
    });
    expectApiError(await move(id, { to: "investigating" }), 409, "invalid_transition");
    const trail = await auditTrailOf(world, id, "grievance.triage");
    expect(trail.map((entry) => entry.details)).toContainEqual(expect.objectContaining({ from: "escalated", to: "resolved" }));
  });

  it("does not hold matching for a low severity or a case without an employer", async () => {
    const low = await record(coordinator);
    await triage(low.id, { severity: "low" });
    expect((await move(low.id, { to: "resolved", outcome: "substantiated" })).json().matchingHold).toBe(false);
    const noEmployer = await record(coordinator, { employerId: null });
    await triage(noEmployer.id, { severity: "high" });
    expect((await move(noEmployer.id, { to: "resolved", outcome: "substantiated" })).json().matchingHold).toBe(false);
  });

  it("can close a received case as withdrawn", async () => {
    const { id } = await record(coordinator);
    expect((await move(id, { to: "closed", outcome: "withdrawn" })).json()).toMatchObject({ status: "closed", outcome: "withdrawn" });
  });
});

describe("notes and messages to the reporter", () => {
  it("adds an internal note or a message the reporter sees; the signed worker reads only what the reporter is shown", async () => {
    const { id } = await record(coordinator);
    const note = await caseworker({ method: "POST", url: `/api/grievances/${id}/notes`, payload: { body: "Called the farm office." } });
    expect(note.statusCode, note.body).toBe(201);
    const message = await caseworker({
      method: "POST",
      url: `/api/grievances/${id}/notes`,
      payload: { body: "We are looking into your pay.", visibleToReporter: true },
    });
    const detail: GrievanceDetail = message.json();
    expect(detail.events.map((event) => [event.kind, event.visibleToReporter])).toEqual([
      ["status", true],
      ["note", false],
      ["message_to_reporter", true],
    ]);
    expect(detail.events[1]?.byName).toBe("caseworker a");
    const own = await read(workerSession, id);
    expect(own.events.map((event) => event.body)).toEqual(["", "We are looking into your pay."]);
    expect(own.events.every((event) => event.byUserId === null && event.byName === null)).toBe(true);
    expectApiError(
      await caseworker({ method: "POST", url: `/api/grievances/${id}/notes`, payload: { body: "   " } }),
      400,
      "validation_failed",
    );
    expect((await auditTrailOf(world, id, "grievance.note")).map((entry) => entry.details)).toEqual([
      { kind: "note" },
      { kind: "message_to_reporter" },
    ]);
  });
});

describe("the queue", () => {
  it("filters by status, severity, category, employer and overdue, soonest due first", async () => {
    const other = await registerEmployer(coordinator);
    const safety = await record(coordinator, { categories: ["safety"], employerId: other.id });
    const housing = await record(coordinator, { categories: ["housing", "debt_bondage"], employerId: other.id });
    await triage(safety.id, { severity: "low" });
    await triage(housing.id, { severity: "critical" });
    const byEmployer = await list(coordinator, `&employerId=${other.id}`);
    expect(byEmployer.map((g) => g.id)).toEqual([housing.id, safety.id]);
    expect((await list(coordinator, "&category=debt_bondage")).map((g) => g.id)).toContain(housing.id);
    expect((await list(coordinator, "&category=debt_bondage")).map((g) => g.id)).not.toContain(safety.id);
    expect((await list(coordinator, `&severity=low&employerId=${other.id}`)).map((g) => g.id)).toEqual([safety.id]);
    expect((await list(coordinator, "&status=closed")).every((g) => g.status === "closed")).toBe(true);
    // A due date in the past makes the case overdue until it is resolved.
    await triage(housing.id, { dueAt: new Date(Date.now() - HOUR).toISOString() });
    const overdue = await list(coordinator, "&overdue=true");
    expect(overdue.map((g) => g.id)).toContain(housing.id);
    expect(overdue.every((g) => g.overdue)).toBe(true);
    await move(housing.id, { to: "resolved", outcome: "partly_substantiated" });
    expect((await list(coordinator, "&overdue=true")).map((g) => g.id)).not.toContain(housing.id);
  });

  it("keeps each centre to its own cases: another centre's case answers 404 and the refusal is audited", async () => {
    const { id } = await record(coordinator);
    expect((await list(otherCoordinator)).map((g) => g.id)).not.toContain(id);
    expectApiError(await otherCoordinator({ method: "GET", url: `/api/grievances/${id}` }), 404, "not_found");
    expectApiError(
      await otherDpo({ method: "POST", url: `/api/grievances/${id}/reveal`, payload: { reason: "Police request 2026/118" } }),
      404,
      "not_found",
    );
    const denied = (await auditTrailOf(world, id)).filter((entry) => entry.outcome === "denied");
    expect(denied.map((entry) => entry.action).sort()).toEqual(["grievance.read", "grievance.reveal"]);
  });
});

describe("who reported", () => {
  it("is revealed to the data protection officer only, with a reason of at least 10 characters, and audited without the name", async () => {
    const { id } = await record(coordinator);
    expectApiError(
      await coordinator({ method: "POST", url: `/api/grievances/${id}/reveal`, payload: { reason: "Court order 55/2026" } }),
      403,
      "forbidden",
    );
    expectApiError(await dpo({ method: "POST", url: `/api/grievances/${id}/reveal`, payload: {} }), 400, "validation_failed");
    expectApiError(
      await dpo({ method: "POST", url: `/api/grievances/${id}/reveal`, payload: { reason: "  too short " } }),
      400,
      "validation_failed",
    );
    const revealed = await dpo({
      method: "POST",
      url: `/api/grievances/${id}/reveal`,
      payload: { reason: "Court order 55/2026 of Amaliada" },
    });
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json()).toEqual({ grievanceId: id, workerId: worker.id, ...REPORTER, sharedWithCaseworkers: false });
    const [audit] = await auditTrailOf(world, id, "grievance.reveal");
    expect(audit?.details).toEqual({ reason: "Court order 55/2026 of Amaliada" });
    for (const secret of [REPORTER.name, REPORTER.phone, worker.id]) expect(JSON.stringify(audit)).not.toContain(secret);
    const anonymous = await record(coordinator, { reporter: null });
    expectApiError(
      await dpo({ method: "POST", url: `/api/grievances/${anonymous.id}/reveal`, payload: { reason: "Court order 55/2026 of Amaliada" } }),
      409,
      "conflict",
    );
  });

  it("shows on the worker's file only the cases the worker shared with caseworkers; the worker sees all of theirs", async () => {
    const shared = await record(coordinator, { reporter: { workerId: worker.id, ...REPORTER, sharedWithCaseworkers: true } });
    const kept = await record(coordinator);
    const onFile = (await caseworker({ method: "GET", url: `/api/workers/${worker.id}/grievances` })).json().items as GrievanceSummary[];
    expect(onFile.map((g) => g.id)).toContain(shared.id);
    expect(onFile.map((g) => g.id)).not.toContain(kept.id);
    const mine = (await workerSession({ method: "GET", url: `/api/workers/${worker.id}/grievances?pageSize=100` })).json()
      .items as GrievanceSummary[];
    expect(mine.map((g) => g.id)).toEqual(expect.arrayContaining([shared.id, kept.id]));
    expect((await list(workerSession)).map((g) => g.id)).toEqual(expect.arrayContaining([shared.id, kept.id]));
    expectApiError(await otherCoordinator({ method: "GET", url: `/api/workers/${worker.id}/grievances` }), 404, "not_found");
  });
});
