// Injection attempts in every list filter and in sort fields: refused (400) or searched for literally, the database
// unchanged and nothing of the other centre returned. See docs/testing-input.md.
import { afterAll, describe, expect, it } from "vitest";
import { registerEmployer } from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { CENTRE_B_MARKER, countEveryTable, createFuzzWorld } from "./fuzz-world.js";
import { INJECTION_STRINGS } from "./hostile-values.js";
import { type OpenApiDocument, routesOf } from "./route-catalogue.js";
import type { JsonSchema } from "./schema-arbitrary.js";

const world = await createFuzzWorld();
await world.app.ready();
afterAll(() => world.close());

const hasTotal = (schema: unknown) =>
  typeof schema === "object" && schema !== null && (schema as JsonSchema).properties?.total !== undefined;

/** The paged lists: GET routes without a path parameter whose answer has a total, i.e. a database query. */
const lists = routesOf(world.app.swagger() as unknown as OpenApiDocument).filter(
  (route) =>
    route.method === "GET" && route.pathParameters.length === 0 && route.queryParameters.length > 0 && hasTotal(route.responses.get(200)),
);
/** Who reads each list: the centre A role that may, so the filters really run. */
const COORDINATOR_LISTS = ["/api/audit", "/api/breaches", "/api/inspections", "/api/corrective-actions", "/api/users", "/api/season-plans"];
const reader = (path: string) => (COORDINATOR_LISTS.includes(path) ? world.requesters.coordinator : world.requesters.caseworker);
const SORT_PARAMETERS = ["sort", "order", "orderBy"];
const SORT_ATTEMPTS = ["name;drop table workers", "centre_id", "password", "(select 1)", "family_name desc, (case when 1=1 then id end)"];
/**
 * The filters of a list and the attempts each gets: every one for free text (the filters that reach a LIKE), a few
 * for enums, ids, dates and codes, which validation must refuse. Page numbers are left out.
 */
function filterAttempts(route: (typeof lists)[number]): [string, readonly string[]][] {
  return route.queryParameters
    .filter((p) => !["page", "pageSize"].includes(p.name))
    .map((p) => {
      const freeText = !p.schema.enum && !p.schema.format && !p.schema.pattern;
      return [p.name, freeText ? INJECTION_STRINGS : INJECTION_STRINGS.filter((_, index) => index % 6 === 0)];
    });
}

async function countsWithoutAudit() {
  const counts = await countEveryTable(world);
  return Object.fromEntries(Object.entries(counts).filter(([table]) => !table.startsWith("audit")));
}

function url(path: string, parameters: Record<string, string>): string {
  return `${path}?${new URLSearchParams(parameters).toString()}`;
}

describe("injection in filters and sort fields", () => {
  it("finds the paged lists and their filters in the API document", () => {
    expect(lists.map((route) => route.path)).toEqual(
      expect.arrayContaining(["/api/workers", "/api/employers", "/api/offers", "/api/referrals"]),
    );
  });

  it.each(lists.map((route) => [route.path, route] as const))(
    "%s: every filter refuses an injection (400) or searches for it literally and finds nothing",
    async (path, route) => {
      const before = await countsWithoutAudit();
      for (const [parameter, attempts] of filterAttempts(route)) {
        for (const attempt of attempts) {
          const response = await reader(path)({ method: "GET", url: url(path, { [parameter]: attempt }) });
          const context = `${parameter}=${attempt}: ${response.statusCode} ${response.body.slice(0, 300)}`;
          expect([200, 400], context).toContain(response.statusCode);
          if (response.statusCode === 400) expect(response.json().error.code, context).toBe("validation_failed");
          else expect(response.json(), context).toMatchObject({ items: [], total: 0 });
          expect(response.body, context).not.toContain(CENTRE_B_MARKER);
        }
      }
      expect(await countsWithoutAudit()).toEqual(before);
    },
  );

  it.each(lists.map((route) => [route.path, route] as const))(
    "%s: sort and order fields outside the documented ones change nothing",
    async (path, route) => {
      const plain = await reader(path)({ method: "GET", url: path });
      expect(plain.statusCode).toBe(200);
      for (const parameter of SORT_PARAMETERS) {
        const declared = route.queryParameters.find((p) => p.name === parameter);
        // A list that lets clients sort must name the allowed columns: only whitelisted values.
        if (declared) expect(declared.schema.enum, `${path} ${parameter} is not a whitelist`).toBeDefined();
        for (const attempt of SORT_ATTEMPTS) {
          const response = await reader(path)({ method: "GET", url: url(path, { [parameter]: attempt }) });
          const context = `${parameter}=${attempt}: ${response.statusCode} ${response.body.slice(0, 300)}`;
          if (declared) expect(response.statusCode, context).toBe(400);
          // Ignored: the same rows in the same order as without it.
          else expect(response.json().items, context).toEqual(plain.json().items);
        }
      }
    },
  );

  it("wildcards and quotes in a name are found literally, and only there", async () => {
    const caseworker = world.requesters.caseworker;
    const names = ["100% Organic_Farm", "O'Brien \\ Sons", "Farm %_% of Zakynthos"];
    const employers = await Promise.all(names.map((legalName) => registerEmployer(caseworker, { legalName })));
    const workers = await Promise.all(
      ["Ana_Maria", "Per%cent"].map(async (givenName) =>
        (await caseworker({ method: "POST", url: "/api/workers", payload: workerInput({ givenName }) })).json(),
      ),
    );
    const found = async (path: string, q: string) =>
      ((await caseworker({ method: "GET", url: url(path, { q }) })).json().items as { id: string }[]).map((item) => item.id).sort();

    expect(await found("/api/employers", "%")).toEqual([employers[0]?.id, employers[2]?.id].sort());
    expect(await found("/api/employers", "_")).toEqual([employers[0]?.id, employers[2]?.id].sort());
    expect(await found("/api/employers", "%_%")).toEqual([employers[2]?.id]);
    expect(await found("/api/employers", "o'brien \\")).toEqual([employers[1]?.id]);
    expect(await found("/api/employers", "' OR '1'='1")).toEqual([]);
    expect(await found("/api/workers", "_")).toEqual([workers[0]?.id]);
    expect(await found("/api/workers", "%")).toEqual([workers[1]?.id]);
    expect(await found("/api/workers", "a_m")).toEqual([workers[0]?.id]);
    expect(await found("/api/offers", "%")).toEqual([]);
  });

  it("text the database cannot store (NUL, a lone surrogate) is refused before it gets there, nothing stored", async () => {
    const before = await countsWithoutAudit();
    for (const givenName of ["a\u0000b", "a\ud800b"]) {
      const response = await world.requesters.caseworker({ method: "POST", url: "/api/workers", payload: workerInput({ givenName }) });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error).toMatchObject({ code: "validation_failed", details: [{ path: ["givenName"] }] });
    }
    const keyed = await world.requesters.caseworker({
      method: "POST",
      url: "/api/workers",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ ...workerInput(), "bad\u0000key": 1 }),
    });
    expect(keyed.statusCode).toBe(400);
    expect(await countsWithoutAudit()).toEqual(before);
  });

  it("a name written as an injection is stored and shown as written", async () => {
    const legalName = "Robert'); DROP TABLE employers; --";
    const created = await registerEmployer(world.requesters.caseworker, { legalName });
    const read = await world.requesters.caseworker({ method: "GET", url: `/api/employers/${created.id}` });
    expect(read.json().legalName).toBe(legalName);
    const listed = await world.requesters.caseworker({ method: "GET", url: url("/api/employers", { q: "drop table" }) });
    expect(listed.json().items.map((e: { id: string }) => e.id)).toEqual([created.id]);
  });
});
