import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeasonPlan } from "../../src/core/planning/plan-schemas.js";
import { seasonPlans } from "../../src/db/schema/season-plans.js";
import { buildApp } from "../../src/server/app.js";
import type { ReferenceKnowledge } from "../../src/server/matching/reference-knowledge.js";
import { shippedReferenceKnowledge } from "../../src/server/matching/shipped-reference-knowledge.js";
import { auditTrailOf, expectApiError, moveOffer, type Requester, recordOffer, registerEmployer } from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { as, createTestWorld, PUBLIC_URL, signIn, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let coordinatorA: Requester;
let coordinatorB: Requester;
let caseworkerA: Requester;
let caseworkerB: Requester;
let admin: Requester;
/** Strawberries in Manolada in March and April, then peaches near Sparta in May and June: two jobs one after the other. */
let strawberries: string;
let peaches: string;
let workerB: string;
const workersA: Record<"amina" | "karim" | "yusuf" | "expired", string> = { amina: "", karim: "", yusuf: "", expired: "" };

const SEASON = { seasonStart: "2027-02-01", seasonEnd: "2027-07-31" };
const json = { "content-type": "application/json" };

async function createWorker(request: Requester, overrides: Parameters<typeof workerInput>[0]): Promise<string> {
  const response = await request({ method: "POST", url: "/api/workers", payload: workerInput(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function publishedOffer(
  request: Requester,
  sites: { name: string; regionCode: string; latitude: number; longitude: number },
  dates: object,
) {
  const employer = await registerEmployer(request, { sites: [{ ...sites, address: "" }] });
  const offer = await recordOffer(request, employer, { ...dates, positions: 2, title: `Pickers at ${sites.name}` });
  return (await moveOffer(request, offer.id, "submitted", "checked", "published")).id;
}

/** Polls the plan until its run ends, checking on the way that progress only goes forward. */
async function finished(request: Requester, id: string): Promise<SeasonPlan> {
  let last = 0;
  for (let attempt = 0; attempt < 500; attempt++) {
    const response = await request({ method: "GET", url: `/api/season-plans/${id}` });
    expect(response.statusCode, response.body).toBe(200);
    const plan = response.json() as SeasonPlan;
    expect(plan.progress).toBeGreaterThanOrEqual(last);
    last = plan.progress;
    if (plan.status === "done" || plan.status === "failed") return plan;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the plan did not finish");
}

async function queue(request: Requester, body: object): Promise<SeasonPlan> {
  const response = await request({ method: "POST", url: "/api/season-plans", headers: json, payload: body });
  expect(response.statusCode, response.body).toBe(202);
  return response.json();
}

beforeAll(async () => {
  world = await createTestWorld();
  const signedIn = async (email: string) => as(world.app, await signIn(world.app, email));
  coordinatorA = await signedIn(world.centreA.emails.coordinator);
  coordinatorB = await signedIn(world.centreB.emails.coordinator);
  caseworkerA = await signedIn(world.centreA.emails.caseworker);
  caseworkerB = await signedIn(world.centreB.emails.caseworker);
  admin = await signedIn(world.emails.admin);
  strawberries = await publishedOffer(
    caseworkerA,
    { name: "Greenhouses Nea Manolada", regionCode: "EL633", latitude: 38.06, longitude: 21.36 },
    { startDate: "2027-03-01", endDate: "2027-04-15" },
  );
  peaches = await publishedOffer(
    caseworkerA,
    { name: "North orchard", regionCode: "EL651", latitude: 37.07, longitude: 22.43 },
    { startDate: "2027-05-01", endDate: "2027-06-20" },
  );
  workersA.amina = await createWorker(caseworkerA, { givenName: "Amina", familyName: "Benali", gender: "woman", nationality: "MA" });
  workersA.karim = await createWorker(caseworkerA, { givenName: "Karim", familyName: "Hassan" });
  workersA.yusuf = await createWorker(caseworkerA, { givenName: "Yusuf", familyName: "Okafor", nationality: "NG" });
  // A permit that ends before either offer starts: a hard rule keeps this worker out of every pair.
  workersA.expired = await createWorker(caseworkerA, {
    givenName: "Rahim",
    familyName: "Uddin",
    nationality: "BD",
    authorisations: [{ type: "seasonal_work_permit", validFrom: "2026-01-01", validUntil: "2027-02-15", workAllowed: true }],
  });
  workerB = await createWorker(caseworkerB, { givenName: "Lucía", familyName: "Moreno", gender: "woman", nationality: "CO" });
});
afterAll(() => world.close());

describe("a coordinator runs a season plan for their centre", () => {
  let plan: SeasonPlan;

  beforeAll(async () => {
    const queued = await queue(coordinatorA, { centreIds: [world.centreA.id], ...SEASON });
    expect(queued).toMatchObject({
      status: "queued",
      request: { centreIds: [world.centreA.id], ...SEASON, minScore: 50, chaining: true },
      totals: null,
      fairness: null,
    });
    plan = await finished(coordinatorA, queued.id);
  });

  it("runs in the background to the end: done, progress 1, no stage left", () => {
    expect(plan).toMatchObject({ status: "done", stage: null, progress: 1, error: null });
    expect(plan.finishedAt).not.toBeNull();
  });

  it("places the eligible workers on the positions, and reports the whole-season chains against first come", () => {
    expect(plan.totals).toMatchObject({ workers: 4, offers: 2, positions: 4, assigned: 3 });
    expect(plan.totals?.chainedWorkers).toBeGreaterThanOrEqual(2);
    expect(plan.totals?.idleDaysPlanned).toBeLessThanOrEqual(plan.totals?.idleDaysFirstCome ?? 0);
  });

  it("without chaining, allocates by column generation to the same optimum as over every pair, and chains no one", async () => {
    const alone = await finished(
      coordinatorA,
      (await queue(coordinatorA, { centreIds: [world.centreA.id], ...SEASON, chaining: false })).id,
    );
    expect(alone).toMatchObject({ status: "done", progress: 1, error: null });
    expect(alone.totals).toMatchObject({
      workers: 4,
      offers: 2,
      positions: 4,
      assigned: plan.totals?.assigned,
      objective: plan.totals?.objective,
      chainedWorkers: 0,
    });
    expect(alone.totals?.arcs).toBeLessThanOrEqual(plan.totals?.arcs ?? 0);
  });

  it("reports placement by gender and origin against each group's share of the workers available", () => {
    expect(plan.fairness?.byGender).toEqual([
      { group: "man", available: 3, placed: 2, availableShare: 0.75, placedShare: 2 / 3 },
      { group: "woman", available: 1, placed: 1, availableShare: 0.25, placedShare: 1 / 3 },
    ]);
    const bangladesh = plan.fairness?.byOrigin.find((row) => row.group === "BD");
    expect(bangladesh).toEqual({ group: "BD", available: 1, placed: 0, availableShare: 0.25, placedShare: 0 });
  });

  it("lists the assignments best first with the reasons, by name and by decision", async () => {
    const response = await coordinatorA({ method: "GET", url: `/api/season-plans/${plan.id}/assignments` });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page.total).toBe(3);
    const scores = page.items.map((item: { score: number }) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(page.items.map((item: { worker: { id: string } }) => item.worker.id).sort()).toEqual(
      [workersA.amina, workersA.karim, workersA.yusuf].sort(),
    );
    for (const item of page.items) {
      expect([strawberries, peaches]).toContain(item.offer.id);
      expect(item.decision).toBe("proposed");
      expect(item.reasons.map((r: { code: string }) => r.code)).toContain("experience.sameOccupation");
    }
    const byName = (await coordinatorA({ method: "GET", url: `/api/season-plans/${plan.id}/assignments?search=benal` })).json();
    expect(byName.items.map((item: { worker: { givenName: string } }) => item.worker.givenName)).toEqual(["Amina"]);
    const accepted = (await coordinatorA({ method: "GET", url: `/api/season-plans/${plan.id}/assignments?decision=accepted` })).json();
    expect(accepted.total).toBe(0);
  });

  it("shows each worker's chain of jobs in order, with places and travel, and no worker the plan did not take in", async () => {
    const chainOf = async (id: string) => {
      const response = await coordinatorA({ method: "GET", url: `/api/season-plans/${plan.id}/chains/${id}` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const chains = await Promise.all([workersA.amina, workersA.karim, workersA.yusuf].map(chainOf));
    // Four positions, two on each offer, all filled: 46 days of strawberries twice and 51 days of peaches twice.
    const jobs = chains.flatMap((chain) => chain.jobs.map((job: { offer: { id: string } }) => job.offer.id));
    expect(jobs.sort()).toEqual([strawberries, strawberries, peaches, peaches].sort());
    expect(chains.reduce((sum, chain) => sum + chain.employedDays, 0)).toBe(2 * 46 + 2 * 51);
    const both = chains.find((chain) => chain.jobs.length === 2);
    expect(both.jobs.map((job: { offer: { id: string } }) => job.offer.id)).toEqual([strawberries, peaches]);
    expect(both.jobs[1]).toMatchObject({ lat: 37.07, lon: 22.43 });
    expect(both.jobs[1].travelKmFromPrevious).toBeGreaterThan(100);
    expect(both.employedDays).toBe(46 + 51);
    expect(both.travelKm).toBeCloseTo(both.jobs[0].travelKmFromPrevious + both.jobs[1].travelKmFromPrevious, 6);
    // Excluded by a hard rule: in the plan, with no job and every available day of the season idle.
    expect(await chainOf(workersA.expired)).toMatchObject({ jobs: [], employedDays: 0, idleDays: 150 });
    const otherCentre = await coordinatorA({ method: "GET", url: `/api/season-plans/${plan.id}/chains/${workerB}` });
    expectApiError(otherCentre, 404, "not_found");
  });

  it("lists the plan for its centre's coordinator and the administrator, not for another centre, and not for a caseworker", async () => {
    const idsOf = async (request: Requester) =>
      ((await request({ method: "GET", url: "/api/season-plans" })).json().items as SeasonPlan[]).map((p) => p.id);
    expect(await idsOf(coordinatorA)).toContain(plan.id);
    expect(await idsOf(admin)).toContain(plan.id);
    expect(await idsOf(coordinatorB)).not.toContain(plan.id);
    expectApiError(await caseworkerA({ method: "GET", url: "/api/season-plans" }), 403, "forbidden");
  });

  it("answers another centre's plan like a missing one, on every route, and audits each attempt as denied", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const decide = { decision: "rejected", assignments: [{ workerId: workersA.karim, offerId: strawberries }] };
    const routes = [
      { method: "GET" as const, url: (id: string) => `/api/season-plans/${id}`, action: "season_plan.read" },
      { method: "GET" as const, url: (id: string) => `/api/season-plans/${id}/assignments`, action: "season_plan.assignments" },
      {
        method: "GET" as const,
        url: (id: string) => `/api/season-plans/${id}/chains/${workersA.karim}`,
        action: "season_plan.assignments",
      },
      { method: "POST" as const, url: (id: string) => `/api/season-plans/${id}/decisions`, action: "season_plan.decide" },
    ];
    for (const route of routes) {
      const payload = route.method === "POST" ? decide : undefined;
      const absent = await coordinatorB({ method: route.method, url: route.url(missing), payload });
      const deniedBefore = (await auditTrailOf(world, plan.id, route.action)).filter((e) => e.outcome === "denied").length;
      const hidden = await coordinatorB({ method: route.method, url: route.url(plan.id), payload });
      expect(hidden.statusCode, route.url(plan.id)).toBe(404);
      expect(hidden.json()).toEqual(absent.json());
      const deniedAfter = (await auditTrailOf(world, plan.id, route.action)).filter((e) => e.outcome === "denied").length;
      expect(deniedAfter, route.url(plan.id)).toBe(deniedBefore + 1);
    }
    const assignments = (await coordinatorA({ method: "GET", url: `/api/season-plans/${plan.id}/assignments?decision=rejected` })).json();
    expect(assignments.total).toBe(0);
  });
});

describe("decisions on a plan", () => {
  let plan: SeasonPlan;
  let assignments: { worker: { id: string }; offer: { id: string } }[];
  const pair = (a: { worker: { id: string }; offer: { id: string } }) => ({ workerId: a.worker.id, offerId: a.offer.id });
  const decide = (body: object) =>
    coordinatorA({ method: "POST", url: `/api/season-plans/${plan.id}/decisions`, headers: json, payload: body });

  beforeAll(async () => {
    plan = await finished(coordinatorA, (await queue(coordinatorA, { centreIds: [world.centreA.id], ...SEASON, chaining: false })).id);
    assignments = (await coordinatorA({ method: "GET", url: `/api/season-plans/${plan.id}/assignments` })).json().items;
  });

  it("accepting proposes each offer to its worker through a referral, audited, and marks the assignment", async () => {
    const [first] = assignments;
    if (!first) throw new Error("no assignment");
    const response = await decide({ decision: "accepted", assignments: [pair(first)] });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ changed: 1, refused: [] });
    const accepted = (await coordinatorA({ method: "GET", url: `/api/season-plans/${plan.id}/assignments?decision=accepted` })).json();
    expect(accepted.items).toHaveLength(1);
    const referralId = accepted.items[0].referralId;
    expect(referralId).toEqual(expect.any(String));
    const referral = (await caseworkerA({ method: "GET", url: `/api/referrals?workerId=${first.worker.id}` })).json();
    expect(referral.items.find((r: { id: string }) => r.id === referralId)).toMatchObject({ stage: "proposed" });
    expect(await auditTrailOf(world, referralId, "referral.create")).toHaveLength(1);
    expect(await auditTrailOf(world, plan.id, "season_plan.decide")).toHaveLength(1);
    // Accepting again changes nothing; rejecting what was accepted is refused: the referral lives on its own page.
    expect((await decide({ decision: "accepted", assignments: [pair(first)] })).json()).toEqual({ changed: 0, refused: [] });
    expect((await decide({ decision: "rejected", assignments: [pair(first)] })).json()).toEqual({
      changed: 0,
      refused: [{ ...pair(first), code: "planning.errors.alreadyAccepted" }],
    });
  });

  it("refuses what the rules refuse now (consent withdrawn) and what the plan does not hold, and does the rest", async () => {
    const [, second, third] = assignments;
    if (!second || !third) throw new Error("not enough assignments");
    const withdrawn = await caseworkerA({
      method: "POST",
      url: `/api/workers/${second.worker.id}/consents`,
      headers: json,
      payload: { purpose: "profile_processing", granted: false, method: "in_person" },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    const elsewhere = { workerId: third.worker.id, offerId: third.offer.id === strawberries ? peaches : strawberries };
    const response = await decide({ decision: "accepted", assignments: [pair(second), elsewhere, pair(third)] });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      changed: 1,
      refused: [
        { ...pair(second), code: "errors.code.consent_missing" },
        { ...elsewhere, code: "planning.errors.notInPlan" },
      ],
    });
  });

  it("rejecting marks the assignments without referring anyone", async () => {
    const fresh = await finished(coordinatorA, (await queue(coordinatorA, { centreIds: [world.centreA.id], ...SEASON })).id);
    const items = (await coordinatorA({ method: "GET", url: `/api/season-plans/${fresh.id}/assignments` })).json().items;
    const response = await coordinatorA({
      method: "POST",
      url: `/api/season-plans/${fresh.id}/decisions`,
      headers: json,
      payload: { decision: "rejected", assignments: items.map(pair) },
    });
    expect(response.json()).toEqual({ changed: items.length, refused: [] });
    const rejected = (await coordinatorA({ method: "GET", url: `/api/season-plans/${fresh.id}/assignments?decision=rejected` })).json();
    expect(rejected.total).toBe(items.length);
    expect(rejected.items.every((item: { referralId: string | null }) => item.referralId === null)).toBe(true);
  });

  it("only the coordinator sees who goes where and decides: the administrator reads the plan's counts, no person", async () => {
    expect((await admin({ method: "GET", url: `/api/season-plans/${plan.id}` })).json()).toMatchObject({ status: "done" });
    const [first] = assignments;
    if (!first) throw new Error("no assignment");
    expectApiError(await admin({ method: "GET", url: `/api/season-plans/${plan.id}/assignments` }), 403, "forbidden");
    expectApiError(await admin({ method: "GET", url: `/api/season-plans/${plan.id}/chains/${first.worker.id}` }), 403, "forbidden");
    const response = await admin({
      method: "POST",
      url: `/api/season-plans/${plan.id}/decisions`,
      headers: json,
      payload: { decision: "rejected", assignments: [pair(first)] },
    });
    expectApiError(response, 403, "forbidden");
  });
});

describe("asking for a plan", () => {
  it("refuses a reversed or over-long season and an empty list of centres, with translation keys", async () => {
    const ask = (body: object) => coordinatorA({ method: "POST", url: "/api/season-plans", headers: json, payload: body });
    expectApiError(
      await ask({ centreIds: [world.centreA.id], seasonStart: "2027-06-01", seasonEnd: "2027-05-01" }),
      400,
      "validation_failed",
      [{ path: ["seasonEnd"], message: "errors.dateRangeReversed" }],
    );
    expectApiError(
      await ask({ centreIds: [world.centreA.id], seasonStart: "2027-01-01", seasonEnd: "2028-01-05" }),
      400,
      "validation_failed",
      [{ path: ["seasonEnd"], message: "errors.seasonTooLong" }],
    );
    expectApiError(await ask({ centreIds: [], ...SEASON }), 400, "validation_failed", [
      { path: ["centreIds"], message: "errors.required" },
    ]);
    expectApiError(await ask({ centreIds: [world.centreA.id], ...SEASON, minScore: 101 }), 400, "validation_failed");
  });

  it("answers another centre like a centre that does not exist, audited as denied", async () => {
    const ask = (centreId: string) =>
      coordinatorA({ method: "POST", url: "/api/season-plans", headers: json, payload: { centreIds: [centreId], ...SEASON } });
    const missing = await ask("00000000-0000-4000-8000-000000000000");
    const other = await ask(world.centreB.id);
    expectApiError(other, 400, "validation_failed", [{ path: ["centreIds", 0], message: "planning.errors.centreNotFound" }]);
    expect(other.json()).toEqual(missing.json());
    const denied = await auditTrailOf(world, world.centreB.id, "season_plan.create");
    expect(denied.map((entry) => entry.outcome)).toEqual(["denied"]);
  });

  it("the same Idempotency-Key queues one plan, however often it is sent", async () => {
    const key = { ...json, "idempotency-key": "season-plan-once" };
    const body = { centreIds: [world.centreA.id], ...SEASON, minScore: 60 };
    const first = await coordinatorA({ method: "POST", url: "/api/season-plans", headers: key, payload: body });
    const again = await coordinatorA({ method: "POST", url: "/api/season-plans", headers: key, payload: body });
    expect(first.statusCode).toBe(202);
    expect(again.statusCode).toBe(202);
    expect(again.json().id).toBe(first.json().id);
    await finished(coordinatorA, first.json().id);
  });

  it("an administrator plans several centres at once; such a network plan is not one centre's to read", async () => {
    const plan = await finished(admin, (await queue(admin, { centreIds: [world.centreA.id, world.centreB.id], ...SEASON })).id);
    expect(plan.status).toBe("done");
    // Five workers in the two centres, less the one who withdrew consent above.
    expect(plan.totals?.workers).toBe(4);
    expect(plan.fairness?.byOrigin.map((row) => row.group)).toContain("CO");
    expectApiError(await coordinatorA({ method: "GET", url: `/api/season-plans/${plan.id}` }), 404, "not_found");
    const listed = (await coordinatorA({ method: "GET", url: "/api/season-plans?pageSize=100" })).json().items as SeasonPlan[];
    expect(listed.map((p) => p.id)).not.toContain(plan.id);
  });
});

/** Another server process on the same database, as after a restart; `knowledge` replaces the shipped reference data. */
async function anotherServer(knowledge?: ReferenceKnowledge) {
  const app = await buildApp({
    connection: world.connection,
    publicUrl: PUBLIC_URL,
    authSecret: "test-secret-test-secret-test-secret-00",
    demo: true,
    logLevel: "silent",
    rateLimit: false,
    overload: { maxEventLoopDelayMs: 0 },
    ...(knowledge ? { knowledge } : {}),
  });
  await app.ready();
  return app;
}

describe("plans that do not finish", () => {
  it("a plan a stopped server left running is marked failed with a translation key when a server starts", async () => {
    const { db } = world.connection;
    const [left] = await db
      .insert(seasonPlans)
      .values({
        centreId: world.centreA.id,
        centreIds: [world.centreA.id],
        ...SEASON,
        minScore: 50,
        chaining: true,
        createdBy: "crashed-run",
        status: "running",
        stage: "scoring",
        progress: 0.4,
      })
      .returning();
    if (!left) throw new Error("no plan");
    await (await anotherServer()).close();
    const plan = (await coordinatorA({ method: "GET", url: `/api/season-plans/${left.id}` })).json();
    expect(plan).toMatchObject({ status: "failed", error: "planning.errors.interrupted" });
    const rows = (await db.execute(sql`select count(*)::int as n from season_plans where status in ('queued', 'running')`)) as unknown as {
      rows: { n: number }[];
    };
    expect(rows.rows[0]?.n).toBe(0);
  });

  it("a run that breaks stores a translation key for the person, never the error itself", async () => {
    const broken: ReferenceKnowledge = {
      ...shippedReferenceKnowledge(),
      centroidOf: () => {
        throw new Error("reference data missing at /srv/primacenters/data");
      },
    };
    const server = await anotherServer(broken);
    try {
      const cookie = await signIn(server, world.centreA.emails.coordinator);
      const queued = await as(
        server,
        cookie,
      )({ method: "POST", url: "/api/season-plans", headers: json, payload: { centreIds: [world.centreA.id], ...SEASON } });
      expect(queued.statusCode, queued.body).toBe(202);
      const plan = await finished(coordinatorA, queued.json().id);
      expect(plan).toMatchObject({ status: "failed", error: "planning.errors.runFailed", totals: null });
      expect(JSON.stringify(plan)).not.toContain("/srv/primacenters");
    } finally {
      await server.close();
    }
  });
});
