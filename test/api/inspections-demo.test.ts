import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedInspections } from "../../src/cli/demo/seed-inspections.js";
import { type Requester, registerEmployer, signInAsEmployer } from "../support/employers-and-offers.js";
import { as, createTestWorld, signIn, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let inspector: Requester;
let employerUser: Requester;

beforeAll(async () => {
  world = await createTestWorld();
  const caseworker = as(world.app, await signIn(world.app, world.centreA.emails.caseworker));
  const otherCaseworker = as(world.app, await signIn(world.app, world.centreB.emails.caseworker));
  inspector = as(world.app, await signIn(world.app, world.centreA.emails.inspector));
  const strawberries = await registerEmployer(caseworker);
  const employerIds = new Map<string, { id: string }>([
    ["pel-fraoules-ileias", strawberries],
    ["pel-kokkinos-kampos", await registerEmployer(caseworker)],
    ["pel-koroni-olive-farms", await registerEmployer(caseworker)],
    ["pel-ktima-kalamon", await registerEmployer(caseworker)],
    ["hue-fresas-lepe", await registerEmployer(otherCaseworker)],
  ]);
  employerUser = await signInAsEmployer(world, caseworker, strawberries);
  expect(await seedInspections(world.connection.db, employerIds)).toBe(6);
});
afterAll(() => world.close());

describe("the demo visits", () => {
  it("fill the inspectors' queue with visits in every state", async () => {
    const queue = (await inspector({ method: "GET", url: "/api/inspections?pageSize=100" })).json();
    const counts = new Map<string, number>();
    for (const visit of queue.items as { queue: string }[]) counts.set(visit.queue, (counts.get(visit.queue) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ in_progress: 1, overdue: 1, upcoming: 2, completed: 1 });
  });

  it("give the demo employer corrective actions to answer, one of them overdue, and nothing planned to see", async () => {
    const actions = (await employerUser({ method: "GET", url: "/api/corrective-actions" })).json();
    expect(actions.total).toBe(3);
    expect(actions.items.filter((a: { overdue: boolean }) => a.overdue)).toHaveLength(1);
    expect(actions.items.filter((a: { status: string }) => a.status === "answered")).toHaveLength(1);
    const visits = (await employerUser({ method: "GET", url: "/api/inspections" })).json();
    expect(visits.items.map((v: { status: string }) => v.status)).toEqual(["completed"]);
  });
});
