import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Breach, BreachInput } from "../../src/core/breaches/breach-schemas.js";
import { insertPasswordAccount } from "../../src/db/repositories/account-repository.js";
import { hashPassword } from "../../src/server/auth/create-auth.js";
import { auditTrailOf, expectApiError, type Requester } from "../support/employers-and-offers.js";
import { as, createTestWorld, signIn, signInEveryRole, TEST_PASSWORD, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let coordinator: Requester;
let caseworker: Requester;
let inspector: Requester;
let admin: Requester;
let dpo: Requester;
let otherCentreCoordinator: Requester;

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

beforeAll(async () => {
  world = await createTestWorld();
  ({ coordinator, caseworker, inspector, admin } = await signInEveryRole(world));
  const passwordHash = await hashPassword(TEST_PASSWORD);
  await insertPasswordAccount(world.connection.db, {
    name: "dpo a",
    email: "dpo@a.test",
    passwordHash,
    role: "dpo",
    centreId: world.centreA.id,
  });
  dpo = as(world.app, await signIn(world.app, "dpo@a.test"));
  otherCentreCoordinator = as(world.app, await signIn(world.app, world.centreB.emails.coordinator));
});
afterAll(() => world.close());

function breachInput(overrides: Partial<BreachInput> = {}): BreachInput {
  return {
    discoveredAt: hoursAgo(2),
    description: "A printed list of workers' phone numbers was left on the bus to Tripoli.",
    dataCategories: ["identity", "contact"],
    peopleAffected: 40,
    likelyConsequences: "Unwanted calls; employers could contact workers outside the centre.",
    riskLevel: "low",
    measuresTaken: "Asked the bus company to return it; lists are no longer printed.",
    ...overrides,
  };
}

async function recordBreach(request: Requester, overrides: Partial<BreachInput> = {}): Promise<Breach> {
  const response = await request({ method: "POST", url: "/api/breaches", payload: breachInput(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe("recording a breach", () => {
  it("numbers it in the centre's register and starts the 72-hour clock from its discovery", async () => {
    const discoveredAt = hoursAgo(5);
    const response = await coordinator({ method: "POST", url: "/api/breaches", payload: breachInput({ discoveredAt }) });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const created: Breach = response.json();
    expect(created).toMatchObject({ centreId: world.centreA.id, status: "open", version: 1, authorityNotice: "pending", riskLevel: "low" });
    expect(created.reference).toMatch(new RegExp(`^BR-${new Date(discoveredAt).getUTCFullYear()}-\\d{4}$`));
    expect(Date.parse(created.authorityDeadline) - Date.parse(discoveredAt)).toBe(72 * HOUR);
    const next = await recordBreach(dpo);
    expect(Number(next.reference.slice(-4))).toBe(Number(created.reference.slice(-4)) + 1);
  });

  it("shows a breach nobody reported within 72 hours as overdue, and a report after them as late", async () => {
    expect((await recordBreach(coordinator, { discoveredAt: hoursAgo(100) })).authorityNotice).toBe("overdue");
    const late = await recordBreach(coordinator, { discoveredAt: hoursAgo(100), reportedToAuthorityAt: hoursAgo(2) });
    expect(late.authorityNotice).toBe("reported_late");
    const inTime = await recordBreach(coordinator, { discoveredAt: hoursAgo(100), reportedToAuthorityAt: hoursAgo(90) });
    expect(inTime.authorityNotice).toBe("reported_in_time");
  });

  it("refuses what is missing or impossible, with a key per field, and records nothing", async () => {
    const before = (await coordinator({ method: "GET", url: "/api/breaches" })).json().total;
    expectApiError(
      await coordinator({ method: "POST", url: "/api/breaches", payload: breachInput({ description: " ", dataCategories: [] }) }),
      400,
      "validation_failed",
      [
        { path: ["description"], message: "errors.required" },
        { path: ["dataCategories"], message: "errors.required" },
      ],
    );
    expectApiError(
      await coordinator({
        method: "POST",
        url: "/api/breaches",
        payload: breachInput({ discoveredAt: hoursAgo(5), peopleInformedAt: hoursAgo(6) }),
      }),
      400,
      "validation_failed",
      [{ path: ["peopleInformedAt"], message: "errors.beforeDiscovery" }],
    );
    expectApiError(
      await coordinator({ method: "POST", url: "/api/breaches", payload: breachInput({ discoveredAt: hoursAgo(-3) }) }),
      400,
      "validation_failed",
      [{ path: ["discoveredAt"], message: "errors.notInFuture" }],
    );
    expectApiError(
      await coordinator({ method: "POST", url: "/api/breaches", payload: { ...breachInput(), status: "closed", version: 9 } }),
      400,
      "validation_failed",
    );
    expect((await coordinator({ method: "GET", url: "/api/breaches" })).json().total).toBe(before);
  });

  it("is for the coordinator, the data protection officer and the administrator only", async () => {
    expectApiError(await caseworker({ method: "POST", url: "/api/breaches", payload: breachInput() }), 403, "forbidden");
    expectApiError(await inspector({ method: "GET", url: "/api/breaches" }), 403, "forbidden");
  });

  it("an administrator names the centre; the audit holds no description", async () => {
    expectApiError(await admin({ method: "POST", url: "/api/breaches", payload: breachInput() }), 400, "validation_failed", [
      { path: ["centreId"], message: "errors.required" },
    ]);
    const created = await recordBreach(admin, { centreId: world.centreB.id });
    expect(created.centreId).toBe(world.centreB.id);
    const trail = await auditTrailOf(world, created.id, "breach.record");
    expect(trail).toHaveLength(1);
    expect(JSON.stringify(trail)).not.toContain("bus");
    expectApiError(
      await coordinator({ method: "POST", url: "/api/breaches", payload: breachInput({ centreId: world.centreB.id }) }),
      400,
      "validation_failed",
      [{ path: ["centreId"], message: "errors.invalidValue" }],
    );
  });

  it("runs once per Idempotency-Key", async () => {
    const headers = { "idempotency-key": "breach-retry-000001" };
    const payload = breachInput({ peopleAffected: 3 });
    const first = await coordinator({ method: "POST", url: "/api/breaches", headers, payload });
    const retry = await coordinator({ method: "POST", url: "/api/breaches", headers, payload });
    expect(first.statusCode).toBe(201);
    expect(retry.json().id).toBe(first.json().id);
    expect(retry.json().reference).toBe(first.json().reference);
  });
});

describe("reading the register", () => {
  it("lists a centre's breaches page by page, latest discovery first, never another centre's", async () => {
    const foreign = await recordBreach(otherCentreCoordinator);
    const response = await coordinator({ method: "GET", url: "/api/breaches?pageSize=2" });
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({ page: 1, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    const everything: Breach[] = (await coordinator({ method: "GET", url: "/api/breaches?pageSize=100" })).json().items;
    expect(everything.map((b) => b.id)).not.toContain(foreign.id);
    expect(everything.every((b) => b.centreId === world.centreA.id)).toBe(true);
    const discovered = everything.map((b) => b.discoveredAt);
    expect(discovered).toEqual([...discovered].sort().reverse());
    const all: Breach[] = (await admin({ method: "GET", url: "/api/breaches?pageSize=100" })).json().items;
    expect(all.map((b) => b.id)).toContain(foreign.id);
  });

  it("filters by status and refuses a status it does not know", async () => {
    const closed: Breach[] = (await coordinator({ method: "GET", url: "/api/breaches?status=closed" })).json().items;
    expect(closed.every((b) => b.status === "closed")).toBe(true);
    expectApiError(await coordinator({ method: "GET", url: "/api/breaches?status=whatever" }), 400, "validation_failed");
  });

  it("answers 404 for another centre's breach", async () => {
    const foreign = await recordBreach(otherCentreCoordinator);
    expectApiError(await coordinator({ method: "GET", url: `/api/breaches/${foreign.id}` }), 404, "not_found");
    expect((await otherCentreCoordinator({ method: "GET", url: `/api/breaches/${foreign.id}` })).statusCode).toBe(200);
  });
});

describe("completing a breach", () => {
  it("the data protection officer records the report and closes it, with the version read", async () => {
    const created = await recordBreach(coordinator, { discoveredAt: hoursAgo(10) });
    const reported = await dpo({
      method: "PATCH",
      url: `/api/breaches/${created.id}`,
      headers: { "if-match": '"1"' },
      payload: { reportedToAuthorityAt: hoursAgo(1), riskLevel: "high" },
    });
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.headers.etag).toBe('"2"');
    expect(reported.json()).toMatchObject({
      version: 2,
      authorityNotice: "reported_in_time",
      riskLevel: "high",
      description: created.description,
    });

    const closed = await dpo({
      method: "PATCH",
      url: `/api/breaches/${created.id}`,
      headers: { "if-match": '"2"' },
      payload: { status: "closed" },
    });
    expect(closed.json()).toMatchObject({ status: "closed", version: 3 });
    const trail = await auditTrailOf(world, created.id, "breach.update");
    expect(trail.map((entry) => entry.details.fields).sort()).toEqual(["reportedToAuthorityAt,riskLevel", "status"]);
  });

  it("refuses a stale version with 412, a missing one with 428, and a date before the discovery", async () => {
    const created = await recordBreach(coordinator, { discoveredAt: hoursAgo(10) });
    const url = `/api/breaches/${created.id}`;
    expect((await dpo({ method: "PATCH", url, headers: { "if-match": '"1"' }, payload: { peopleAffected: 41 } })).statusCode).toBe(200);
    expectApiError(
      await dpo({ method: "PATCH", url, headers: { "if-match": '"1"' }, payload: { peopleAffected: 42 } }),
      412,
      "precondition_failed",
    );
    expectApiError(await dpo({ method: "PATCH", url, payload: { peopleAffected: 42 } }), 428, "precondition_required");
    expectApiError(
      await dpo({ method: "PATCH", url, headers: { "if-match": '"2"' }, payload: { reportedToAuthorityAt: hoursAgo(11) } }),
      400,
      "validation_failed",
      [{ path: ["reportedToAuthorityAt"], message: "errors.beforeDiscovery" }],
    );
    expect((await dpo({ method: "GET", url })).json().peopleAffected).toBe(41);
  });

  it("is not the coordinator's to change, and another centre's breach is not found", async () => {
    const created = await recordBreach(coordinator);
    const url = `/api/breaches/${created.id}`;
    expectApiError(
      await coordinator({ method: "PATCH", url, headers: { "if-match": '"1"' }, payload: { status: "closed" } }),
      403,
      "forbidden",
    );
    const foreign = await recordBreach(otherCentreCoordinator);
    expectApiError(
      await dpo({ method: "PATCH", url: `/api/breaches/${foreign.id}`, headers: { "if-match": '"1"' }, payload: { status: "closed" } }),
      404,
      "not_found",
    );
  });
});
