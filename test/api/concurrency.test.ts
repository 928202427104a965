import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Employer } from "../../src/core/employers/employer-schemas.js";
import { auditEntries } from "../../src/db/schema/audit.js";
import { workers } from "../../src/db/schema/workers.js";
import { expectApiError, ifMatch, type Requester, recordOffer, registerEmployer } from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { as, createTestWorld, signIn, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworker: Requester;
let coordinator: Requester;
let employer: Employer;

beforeAll(async () => {
  world = await createTestWorld();
  caseworker = as(world.app, await signIn(world.app, world.centreA.emails.caseworker));
  coordinator = as(world.app, await signIn(world.app, world.centreA.emails.coordinator));
  employer = await registerEmployer(caseworker);
});
afterAll(() => world.close());

const MISSING_ID = "00000000-0000-4000-8000-000000000000";

async function registerWorker() {
  const response = await caseworker({ method: "POST", url: "/api/workers", payload: workerInput() });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number };
}

const updatesOf = async (workerId: string) =>
  world.connection.db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.entityId, workerId), eq(auditEntries.action, "worker.update")));

describe("a change must say which version it changes", () => {
  it("every read gives the version as its ETag", async () => {
    const worker = await registerWorker();
    const read = await caseworker({ method: "GET", url: `/api/workers/${worker.id}` });
    expect(read.headers.etag).toBe('"1"');
    const employerRead = await caseworker({ method: "GET", url: `/api/employers/${employer.id}` });
    expect(employerRead.headers.etag).toBe(`"${employer.version}"`);
  });

  it("answers 428 to a change without If-Match, on every kind of change, and changes nothing", async () => {
    const worker = await registerWorker();
    const offer = await recordOffer(caseworker, employer);
    const site = { name: "Lower terraces", regionCode: "EL652", address: "Kalamata", latitude: 37.04, longitude: 22.11 };
    const changes = [
      { method: "PATCH" as const, url: `/api/workers/${worker.id}`, payload: { givenName: "Changed" } },
      { method: "PATCH" as const, url: `/api/employers/${employer.id}`, payload: { size: "large" } },
      { method: "POST" as const, url: `/api/employers/${employer.id}/sites`, payload: site },
      { method: "PATCH" as const, url: `/api/offers/${offer.id}`, payload: { positions: 2 } },
      { method: "POST" as const, url: `/api/offers/${offer.id}/transitions`, payload: { to: "submitted" } },
      { method: "POST" as const, url: `/api/referrals/${MISSING_ID}/moves`, payload: { to: "interview" } },
    ];
    for (const change of changes) {
      expectApiError(await caseworker(change), 428, "precondition_required", [{ path: ["If-Match"], message: "errors.required" }]);
    }
    expect((await caseworker({ method: "GET", url: `/api/workers/${worker.id}` })).json()).toMatchObject({
      givenName: "Karim",
      version: 1,
    });
    expect((await caseworker({ method: "GET", url: `/api/offers/${offer.id}` })).json()).toMatchObject({ status: "draft", version: 1 });
    expect((await caseworker({ method: "GET", url: `/api/employers/${employer.id}` })).json().version).toBe(employer.version);
  });

  it("refuses an If-Match that is not a version", async () => {
    const worker = await registerWorker();
    for (const header of ["latest", '"0"', "*"]) {
      const response = await caseworker({
        method: "PATCH",
        url: `/api/workers/${worker.id}`,
        headers: { "if-match": header },
        payload: { givenName: "Changed" },
      });
      expectApiError(response, 400, "validation_failed", [{ path: ["If-Match"], message: "errors.invalidValue" }]);
    }
  });

  it("answers 412 to a stale version, with nothing changed and nothing audited", async () => {
    const worker = await registerWorker();
    const first = await caseworker({
      method: "PATCH",
      url: `/api/workers/${worker.id}`,
      headers: ifMatch(1),
      payload: { givenName: "Amal" },
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const stale = await coordinator({
      method: "PATCH",
      url: `/api/workers/${worker.id}`,
      headers: ifMatch(1),
      payload: { givenName: "Rania" },
    });
    expectApiError(stale, 412, "precondition_failed", [{ path: [], message: "errors.staleVersion" }]);
    const [row] = await world.connection.db.select().from(workers).where(eq(workers.id, worker.id));
    expect(row).toMatchObject({ givenName: "Amal", version: 2 });
    expect(await updatesOf(worker.id)).toHaveLength(1);
  });
});

describe("concurrent edits of the same version", () => {
  it("exactly one of several simultaneous edits wins; the others get 412 and leave no trace", async () => {
    const worker = await registerWorker();
    const names = ["Amal", "Rania", "Leila", "Noor", "Sara"];
    const responses = await Promise.all(
      names.map((givenName, index) =>
        (index % 2 === 0 ? caseworker : coordinator)({
          method: "PATCH",
          url: `/api/workers/${worker.id}`,
          headers: ifMatch(1),
          payload: { givenName },
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412]);
    const winner = responses.find((response) => response.statusCode === 200)?.json();
    const [row] = await world.connection.db.select().from(workers).where(eq(workers.id, worker.id));
    expect(row).toMatchObject({ givenName: winner.givenName, version: 2 });
    expect(await updatesOf(worker.id)).toHaveLength(1);
  });

  it("two simultaneous moves of the same offer: one moves it, the other is refused", async () => {
    const offer = await recordOffer(caseworker, employer);
    const move = (to: string) =>
      caseworker({ method: "POST", url: `/api/offers/${offer.id}/transitions`, headers: ifMatch(1), payload: { to } });
    const responses = await Promise.all([move("submitted"), move("closed")]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 412]);
    const after = (await caseworker({ method: "GET", url: `/api/offers/${offer.id}` })).json();
    expect(after.version).toBe(2);
  });
});
