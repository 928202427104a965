import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LabourRule, LabourRuleInput } from "../../src/core/labour-rules/labour-rule-schemas.js";
import { auditTrailOf, expectApiError, ifMatch, type Requester } from "../support/employers-and-offers.js";
import { createTestWorld, signInEveryRole, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let admin: Requester;
let coordinator: Requester;
let caseworker: Requester;
let anonymous: Requester;

beforeAll(async () => {
  world = await createTestWorld();
  ({ admin, coordinator, caseworker, anonymous } = await signInEveryRole(world));
});
afterAll(() => world.close());

const ruleInput = (overrides: Partial<LabourRuleInput> = {}): LabourRuleInput => ({
  country: "IT",
  sector: "A01",
  contractType: "seasonal",
  kind: "min_pay",
  payUnit: "hour",
  amountCents: 850,
  validFrom: "2026-01-01",
  source: "Contratto provinciale operai agricoli, Foggia (test figure)",
  note: "indicative provincial rate",
  ...overrides,
});

async function createRule(overrides: Partial<LabourRuleInput> = {}): Promise<LabourRule> {
  const response = await admin({ method: "POST", url: "/api/labour-rules", payload: ruleInput(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe("the shipped rules", () => {
  it("are in every new database, dated and with their source, and everyone signed in reads them", async () => {
    const response = await caseworker({ method: "GET", url: "/api/labour-rules?country=EL&kind=min_pay" });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page.items.map((r: LabourRule) => [r.payUnit, r.amountCents, r.validFrom]).sort()).toEqual([
      ["day", 3930, "2025-04-01"],
      ["month", 88000, "2025-04-01"],
    ]);
    for (const rule of page.items as LabourRule[]) expect(rule.source).toContain("Ministry of Labour");
  });

  it("pages the list and filters it by country and kind", async () => {
    const first = (await coordinator({ method: "GET", url: "/api/labour-rules?kind=max_hours_week&pageSize=2" })).json();
    expect(first.total).toBe(5);
    expect(first.items).toHaveLength(2);
    const last = (await coordinator({ method: "GET", url: "/api/labour-rules?kind=max_hours_week&pageSize=2&page=3" })).json();
    expect(last.items).toHaveLength(1);
    expect((await coordinator({ method: "GET", url: "/api/labour-rules?country=IT&kind=min_pay" })).json().total).toBe(0);
  });

  it("are not for anonymous visitors", async () => {
    expect((await anonymous({ method: "GET", url: "/api/labour-rules" })).statusCode).toBe(401);
  });
});

describe("an administrator edits the rules", () => {
  it("adds a rule, with its audit entry", async () => {
    const created = await createRule();
    expect(created).toMatchObject({ country: "IT", kind: "min_pay", amountCents: 850, validTo: null, version: 1, value: null });
    const read = await caseworker({ method: "GET", url: `/api/labour-rules/${created.id}` });
    expect(read.headers.etag).toBe('"1"');
    const audit = await auditTrailOf(world, created.id, "labour_rule.update");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ change: "create", country: "IT", kind: "min_pay" });
  });

  it("refuses an incoherent rule with a translatable reason per field", async () => {
    const post = (payload: object) => admin({ method: "POST", url: "/api/labour-rules", payload });
    expectApiError(await post(ruleInput({ amountCents: null })), 400, "validation_failed", [
      { path: ["amountCents"], message: "errors.payPositive" },
    ]);
    expectApiError(await post(ruleInput({ kind: "max_hours_week", payUnit: null, amountCents: null })), 400, "validation_failed", [
      { path: ["value"], message: "errors.required" },
    ]);
    expectApiError(
      await post(ruleInput({ kind: "max_deduction_meals_pct", payUnit: null, amountCents: null, value: 120 })),
      400,
      "validation_failed",
      [{ path: ["value"], message: "errors.tooBig" }],
    );
    expectApiError(await post(ruleInput({ validTo: "2025-12-31" })), 400, "validation_failed", [
      { path: ["validTo"], message: "errors.dateRangeReversed" },
    ]);
    expectApiError(await post(ruleInput({ source: "" })), 400, "validation_failed", [{ path: ["source"], message: "errors.required" }]);
    expect((await post({ ...ruleInput(), extra: 1 })).statusCode).toBe(400);
  });

  it("changes a rule only with the version read (If-Match), and ends it by its last day rather than deleting it", async () => {
    const rule = await createRule();
    const url = `/api/labour-rules/${rule.id}`;
    expect((await admin({ method: "PATCH", url, payload: { amountCents: 900 } })).statusCode).toBe(428);
    expectApiError(await admin({ method: "PATCH", url, headers: ifMatch(2), payload: { amountCents: 900 } }), 412, "precondition_failed");
    const raised = await admin({ method: "PATCH", url, headers: ifMatch(1), payload: { amountCents: 900 } });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json()).toMatchObject({ amountCents: 900, version: 2 });
    expect(raised.headers.etag).toBe('"2"');
    const ended = await admin({ method: "PATCH", url, headers: ifMatch(2), payload: { validTo: "2026-06-30" } });
    expect(ended.json()).toMatchObject({ validTo: "2026-06-30", amountCents: 900, version: 3 });
    expectApiError(
      await admin({ method: "PATCH", url, headers: ifMatch(3), payload: { validTo: "2025-06-30" } }),
      400,
      "validation_failed",
      [{ path: ["validTo"], message: "errors.dateRangeReversed" }],
    );
    // A pay floor turned into a limit must lose its amount and gain a value: checked on the whole rule.
    expectApiError(
      await admin({ method: "PATCH", url, headers: ifMatch(3), payload: { kind: "max_hours_week" } }),
      400,
      "validation_failed",
      [{ path: ["value"], message: "errors.required" }],
    );
    expect((await caseworker({ method: "GET", url })).json().version).toBe(3);
    expect((await auditTrailOf(world, rule.id, "labour_rule.update")).length).toBe(3);
  });

  it("answers 404 for a rule that does not exist", async () => {
    const url = "/api/labour-rules/00000000-0000-4000-8000-000000000000";
    expectApiError(await caseworker({ method: "GET", url }), 404, "not_found");
    expectApiError(await admin({ method: "PATCH", url, headers: ifMatch(1), payload: { note: "x" } }), 404, "not_found");
  });
});

describe("anyone else", () => {
  it("may not add, change or end a rule, and nothing changes", async () => {
    const rule = await createRule();
    const before = (await caseworker({ method: "GET", url: "/api/labour-rules" })).json().total;
    for (const request of [coordinator, caseworker]) {
      expect((await request({ method: "POST", url: "/api/labour-rules", payload: ruleInput() })).statusCode).toBe(403);
      const patch = await request({
        method: "PATCH",
        url: `/api/labour-rules/${rule.id}`,
        headers: ifMatch(1),
        payload: { validTo: "2026-06-30" },
      });
      expect(patch.statusCode).toBe(403);
    }
    expect((await caseworker({ method: "GET", url: "/api/labour-rules" })).json().total).toBe(before);
    expect((await caseworker({ method: "GET", url: `/api/labour-rules/${rule.id}` })).json()).toMatchObject({ version: 1, validTo: null });
  });
});
