// Who reported a grievance never reaches anyone but the data protection officer's reveal (and the reporter). This
// test signs grievances with a distinctive name and phone number by a worker of centre A, handles them, reveals one,
// then calls EVERY registered GET route of the API (the app's own route list, called as route-recipes.ts says, and
// with the ids of the worker, the grievances and the employer put into each `:id`) as the employer the grievances
// are about, an inspector, a caseworker and a coordinator, and looks for the reporter in each answer:
// - the employer learns nothing: not the reporter, not the worker, not even a grievance's id, reference or text;
// - the inspector never sees the reporter's name, phone or worker file;
// - a caseworker and a coordinator never see the reporter's name or phone, and no answer ties a grievance the worker
//   did not share to the worker (their id, account or phone in the same record, or in the path asked for).
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "../../src/core/access/roles.js";
import type { Worker } from "../../src/core/workers/worker-schemas.js";
import { routeActionsOf } from "../../src/server/access/route-actions.js";
import { openGrievance } from "../../src/server/grievances/open-grievance.js";
import { type AccessWorld, createAccessWorld, RECORD_KINDS } from "../support/access-world.js";
import { ifMatch } from "../support/employers-and-offers.js";
import { nextPhone, workerInput } from "../support/fixtures.js";
import { as, signInWorker } from "../support/test-app.js";
import { RECIPES } from "./route-recipes.js";

const REPORTER = { name: "Zebulon Quillfeather", phone: "+306977700001" };
const NOT_SHARED = "Quillfeather-case: the foreman keeps our passports in his office at the packhouse.";
const NOT_SHARED_WEB = "Quillfeather-web: we work fourteen hours a day and sleep in the greenhouse.";
const SHARED = "Quillfeather-shared: the wages of June were paid half.";

let world: AccessWorld;
let reporterWorker: Worker;
let reporterUserId: string;
/** Grievance ids and references by what the worker chose. */
const cases = {} as Record<"notShared" | "notSharedWeb" | "shared", { id: string; reference: string; description: string }>;

beforeAll(async () => {
  world = await createAccessWorld();
  const { staffA, roles } = world;
  const created = await staffA({ method: "POST", url: "/api/workers", payload: workerInput({ givenName: "Ousmane", phone: nextPhone() }) });
  expect(created.statusCode, created.body).toBe(201);
  reporterWorker = created.json();
  const reporterSession = as(world.app, await signInWorker(world, reporterWorker.phone));
  reporterUserId = (await reporterSession({ method: "GET", url: "/api/me" })).json().id;

  const employerId = world.employers.own.id;
  const reporter = (shared: boolean) => ({ workerId: reporterWorker.id, ...REPORTER, sharedWithCaseworkers: shared });
  const record = async (description: string, shared: boolean) => {
    const payload = {
      channel: "phone",
      language: "fr",
      categories: ["retention_of_identity_documents"],
      description,
      employerId,
      reporter: reporter(shared),
    };
    const response = await staffA({ method: "POST", url: "/api/grievances", payload });
    expect(response.statusCode, response.body).toBe(201);
    return { ...(response.json() as { id: string; reference: string }), description };
  };
  cases.notShared = await record(NOT_SHARED, false);
  cases.shared = await record(SHARED, true);
  // As the worker portal opens one: the signed-in worker is the actor.
  const workerActor: Actor = {
    userId: reporterUserId,
    role: "worker",
    centreId: world.centreA.id,
    workerId: reporterWorker.id,
    employerId: null,
  };
  const web = await openGrievance(
    world.connection.db,
    {
      ...{ channel: "web", language: "fr", categories: ["excessive_overtime"], description: NOT_SHARED_WEB },
      centreId: world.centreA.id,
      employerId,
      siteId: null,
      workplaceGiven: "",
      regionCode: null,
      reporter: reporter(false),
    },
    workerActor,
    new Date(),
  );
  cases.notSharedWeb = { id: web.id, reference: web.reference, description: NOT_SHARED_WEB };

  // Handled to the end: substantiated and serious, so it counts against the employer wherever scores are shown.
  const { coordinator, dpo } = roles;
  const step = async (method: "PATCH" | "POST", url: string, payload: object) => {
    const { version } = (await coordinator({ method: "GET", url: `/api/grievances/${cases.notShared.id}` })).json();
    const response = await coordinator({ method, url: `/api/grievances/${cases.notShared.id}${url}`, headers: ifMatch(version), payload });
    expect(response.statusCode, response.body).toBe(200);
  };
  await step("PATCH", "", { severity: "critical", assignedTo: world.userIds.inspector });
  await step("POST", "/moves", { to: "escalated", escalatedTo: "Labour inspectorate of Ilia" });
  await step("POST", "/moves", { to: "resolved", outcome: "substantiated", outcomeNote: "Passports found in the office." });
  const note = { body: "We spoke to the employer.", visibleToReporter: true };
  expect((await staffA({ method: "POST", url: `/api/grievances/${cases.notShared.id}/notes`, payload: note })).statusCode).toBe(201);
  const reveal = await dpo({
    method: "POST",
    url: `/api/grievances/${cases.notShared.id}/reveal`,
    payload: { reason: "Prosecutor's request 88/2026" },
  });
  expect(reveal.json()).toMatchObject(REPORTER);
  // The reporter follows their own cases.
  for (const url of ["/api/grievances", `/api/grievances/${cases.notShared.id}`, `/api/workers/${reporterWorker.id}/grievances`]) {
    expect((await reporterSession({ method: "GET", url })).statusCode).toBe(200);
  }
}, 240_000);
afterAll(() => world.close());

/** Every GET request to make: each registered GET route, as its recipe calls it and with each id of interest. */
function getRequests(role: Role): InjectOptions[] {
  const ids = [
    reporterWorker.id,
    cases.notShared.id,
    cases.notSharedWeb.id,
    cases.shared.id,
    world.employers.own.id,
    ...Object.values(world.records).flatMap((byKind) => Object.values(byKind)),
  ];
  const requests: InjectOptions[] = [];
  for (const route of routeActionsOf(world.app).filter((r) => r.method === "GET")) {
    const recipe = RECIPES.find((r) => r.method === "GET" && r.url === route.url);
    if (recipe?.shape === "plain") requests.push(recipe.request({ world, role, allowed: true }));
    const params = route.url.match(/:[a-zA-Z]+|\*/g) ?? [];
    if (params.length === 0) requests.push({ method: "GET", url: `${route.url}?pageSize=100` });
    if (params.length === 1 && params[0] === ":id") {
      for (const id of ids) requests.push({ method: "GET", url: `${route.url.replace(":id", id)}?pageSize=100` });
    }
  }
  // The trails staff read, narrowed to each record, so that nothing hides beyond the first page.
  for (const id of ids) requests.push({ method: "GET", url: `/api/audit?entityId=${id}&pageSize=100` });
  return requests;
}

/** Record-shaped parts of an answer: each object with an id (a list's items, a record's events…), or the whole. */
function recordsOf(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [body];
  }
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      if ("id" in value) found.push(JSON.stringify(value));
      Object.values(value).forEach(walk);
    }
  };
  walk(parsed);
  return found.length > 0 ? found : [body];
}

interface Seen {
  url: string;
  status: number;
  body: string;
}

async function callEveryGet(role: Exclude<Role, "worker">): Promise<Seen[]> {
  const seen: Seen[] = [];
  for (const request of getRequests(role)) {
    const response = await world.roles[role](request);
    seen.push({ url: String(request.url), status: response.statusCode, body: response.body });
  }
  return seen;
}

const leaksOf = (seen: Seen[], secrets: string[]) =>
  seen.flatMap(({ url, body }) => secrets.filter((secret) => body.includes(secret)).map((secret) => `${url} shows ${secret}`));

const identity = () => [REPORTER.name, REPORTER.phone];
const workerMarks = () => [reporterWorker.id, reporterUserId, reporterWorker.phone];
const unsharedMarks = () => [cases.notShared, cases.notSharedWeb].flatMap((c) => [c.id, c.reference, c.description]);

describe("the reporter of a grievance", () => {
  it("is never in anything the employer the grievance is about can obtain, nor is the grievance itself", async () => {
    const seen = await callEveryGet("employer");
    expect(seen.length).toBeGreaterThan(50);
    expect(
      seen.some((s) => s.status === 200 && s.body.includes(world.employers.own.id)),
      "the employer reads its own records",
    ).toBe(true);
    const everything = [...identity(), ...workerMarks(), reporterWorker.givenName, ...unsharedMarks()];
    everything.push(cases.shared.id, cases.shared.reference, cases.shared.description);
    expect(leaksOf(seen, everything)).toEqual([]);
  });

  it("is never shown to an inspector, who handles the case without the worker's file", async () => {
    const seen = await callEveryGet("inspector");
    expect(
      seen.some((s) => s.status === 200 && s.body.includes(NOT_SHARED)),
      "the inspector reads the case",
    ).toBe(true);
    expect(leaksOf(seen, [...identity(), ...workerMarks()])).toEqual([]);
  });

  for (const role of ["caseworker", "coordinator"] as const) {
    it(`is never named to a ${role}, and no answer ties a case the worker did not share to the worker`, async () => {
      const seen = await callEveryGet(role);
      expect(
        seen.some((s) => s.status === 200 && s.body.includes(NOT_SHARED)),
        "staff read the case",
      ).toBe(true);
      expect(
        seen.some((s) => s.status === 200 && s.body.includes(reporterWorker.id)),
        "staff read the worker's file",
      ).toBe(true);
      expect(
        seen.some((s) => s.url.startsWith(`/api/workers/${reporterWorker.id}/grievances`) && s.body.includes(SHARED)),
        "the shared case shows on the worker's file",
      ).toBe(true);
      expect(leaksOf(seen, identity())).toEqual([]);
      const ties = seen.flatMap(({ url, body }) =>
        recordsOf(body)
          .map((record) => `${url} ${record}`)
          .filter((text) => workerMarks().some((mark) => text.includes(mark)) && unsharedMarks().some((mark) => text.includes(mark)))
          .map((text) => text.slice(0, 300)),
      );
      expect(ties).toEqual([]);
    });
  }

  it("does not show a coordinator, in the audit trail, which worker account opened a case from the portal", async () => {
    const response = await world.roles.coordinator({ method: "GET", url: `/api/audit?entityId=${cases.notSharedWeb.id}&pageSize=100` });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(reporterUserId);
  });

  it("covers every kind of record the access matrix knows", () => {
    expect(RECORD_KINDS).toContain("own");
    expect(Object.keys(world.records)).toContain("grievance");
  });
});
