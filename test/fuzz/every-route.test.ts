// Every /api route of the OpenAPI document, fuzzed from its own schemas as each role: no 5xx, no internal text, every
// answer as documented, and nothing a centre A role sends changes or shows centre B. See docs/testing-input.md.
import { afterAll, describe, expect, it } from "vitest";
import { describeExchange, FUZZ_RUNS, fuzz, send } from "./fuzz-run.js";
import { CENTRE_A_ROLES, CENTRE_B_MARKER, createFuzzWorld, snapshotCentre } from "./fuzz-world.js";
import { requestsTo } from "./request-arbitrary.js";
import { problemsWith, type SentRequest } from "./response-checks.js";
import { type FuzzRoute, type OpenApiDocument, routesOf } from "./route-catalogue.js";

const world = await createFuzzWorld();
await world.app.ready();
const routes = routesOf(world.app.swagger() as unknown as OpenApiDocument);
afterAll(() => world.close());

/** What centre B holds that no centre A answer may contain. */
const centreBMarkers = [CENTRE_B_MARKER, world.centreB.id, world.centreB.name];

/** The public list of centres to report a grievance to names every centre by design (id, name, country, region). */
const PUBLIC_CENTRE_DIRECTORY = "/api/grievance-reports/centres";
const markersFor = (route: FuzzRoute) => (route.path === PUBLIC_CENTRE_DIRECTORY ? [CENTRE_B_MARKER] : centreBMarkers);

/** FUZZ_STATS=1 prints how often each route answered each status: a fuzzer that only meets 400s proves little. */
const statusCounts = new Map<string, Record<number, number>>();
afterAll(() => {
  if (process.env.FUZZ_STATS) for (const [name, counts] of statusCounts) console.log(name, JSON.stringify(counts));
});

function checker(name: string, route: FuzzRoute, markers: string[]) {
  const counts: Record<number, number> = {};
  statusCounts.set(name, counts);
  return async (sent: SentRequest) => {
    const response = await send(world, sent);
    counts[response.statusCode] = (counts[response.statusCode] ?? 0) + 1;
    const problems = problemsWith(route, sent, response, markers);
    if (problems.length > 0) throw new Error(`${problems.join("; ")}\n${describeExchange(sent, response)}`);
  };
}

describe("every route, fuzzed from its schema", () => {
  it("reads the routes from the API document", () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toContain("PATCH /api/workers/{id}");
  });

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))("%s", async (name, route) => {
    const before = await snapshotCentre(world, world.centreB.id);
    await fuzz(name, requestsTo(route, world, CENTRE_A_ROLES), FUZZ_RUNS, checker(name, route, markersFor(route)));
    expect(await snapshotCentre(world, world.centreB.id), "centre B changed by centre A's requests").toEqual(before);
    // Admin works across centres: the same properties except the centre B ones.
    const asAdmin = `${name} as admin`;
    await fuzz(asAdmin, requestsTo(route, world, ["admin"]), Math.ceil(FUZZ_RUNS / 4), checker(asAdmin, route, []));
  });
});
