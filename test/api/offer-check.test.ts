import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmployerInput } from "../../src/core/employers/employer-schemas.js";
import type { OfferCheckResult } from "../../src/core/offers/offer-check-schemas.js";
import type { OfferInput, OfferView } from "../../src/core/offers/offer-schemas.js";
import {
  auditTrailOf,
  expectApiError,
  ifMatch,
  moveOffer,
  type Requester,
  recordOffer,
  registerEmployer,
  signInAsEmployer,
} from "../support/employers-and-offers.js";
import { createTestWorld, signInEveryRole, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworker: Requester;
let coordinator: Requester;
let admin: Requester;
let otherCentreCaseworker: Requester;

beforeAll(async () => {
  world = await createTestWorld();
  ({ caseworker, coordinator, admin, otherCentreCaseworker } = await signInEveryRole(world));
});
afterAll(() => world.close());

const site = (regionCode: string) => [{ name: "Main farm", regionCode, address: "Field road 1", latitude: null, longitude: null }];

async function offerIn(employer: Partial<EmployerInput>, offer: Partial<OfferInput>): Promise<OfferView> {
  return recordOffer(caseworker, await registerEmployer(caseworker, employer), offer);
}

async function check(request: Requester, offerId: string): Promise<OfferCheckResult> {
  const response = await request({ method: "GET", url: `/api/offers/${offerId}/check` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function submit(offer: OfferView, request: Requester = caseworker) {
  return request({
    method: "POST",
    url: `/api/offers/${offer.id}/transitions`,
    headers: ifMatch(offer.version),
    payload: { to: "submitted" },
  });
}

describe("GET /api/offers/:id/check", () => {
  it("passes an offer at or above every rule of its country, and lists the rules applied", async () => {
    const offer = await offerIn({}, {});
    const result = await check(caseworker, offer.id);
    expect(result).toMatchObject({ passes: true, problems: [], country: "EL", sector: "A01" });
    expect(result.rulesApplied.map((r) => r.kind).sort()).toEqual(["max_hours_week", "min_daily_rest_hours", "min_pay", "min_pay"]);
  });

  it("names each problem, the field to change, and how much pay would be enough", async () => {
    const offer = await offerIn({}, { payAmountCents: 3929, payUnit: "day" });
    const result = await check(caseworker, offer.id);
    expect(result.passes).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: "payBelowFloor",
        severity: "error",
        path: ["payAmountCents"],
        message: "problems.payBelowFloor",
        fix: "fixes.payBelowFloor",
        params: expect.objectContaining({ floorCents: 3930, floorUnit: "day", minimumCents: 3930, offeredCents: 3929 }),
      }),
    ]);
  });

  it("is open to the offer's employer and answers 404 to another centre", async () => {
    const employer = await registerEmployer(caseworker);
    const offer = await recordOffer(caseworker, employer);
    const employerAccount = await signInAsEmployer(world, caseworker, employer);
    expect((await check(employerAccount, offer.id)).passes).toBe(true);
    expectApiError(await otherCentreCaseworker({ method: "GET", url: `/api/offers/${offer.id}/check` }), 404, "not_found");
  });
});

describe("the check per country: one cent below the floor fails, exactly at it passes", () => {
  const cases: { name: string; employer: Partial<EmployerInput>; offer: Partial<OfferInput>; floor: number }[] = [
    { name: "Greece, day rate", employer: {}, offer: { payUnit: "day" }, floor: 3930 },
    {
      name: "Spain, seasonal day rate from 2026",
      employer: { sites: site("ES615") },
      offer: { payUnit: "day", startDate: "2026-02-02", endDate: "2026-05-29" },
      floor: 5782,
    },
    {
      name: "Spain, monthly minimum of 2025 for a permanent job",
      employer: { sites: site("ES615") },
      offer: { payUnit: "month", contractType: "permanent", startDate: "2025-03-02", endDate: "2025-12-31" },
      floor: 118400,
    },
    {
      name: "Belgium, hourly rate",
      employer: { sites: site("BE223") },
      offer: { payUnit: "hour", hoursPerWeek: 38, startDate: "2026-08-24", endDate: "2026-09-25" },
      floor: 1241,
    },
    {
      name: "Cyprus, monthly minimum in packing",
      employer: { sector: "packing", sites: site("CY000") },
      offer: { payUnit: "month", startDate: "2026-03-02", endDate: "2026-08-28" },
      floor: 97900,
    },
  ];
  for (const { name, employer, offer, floor } of cases) {
    it(name, async () => {
      const below = await offerIn(employer, { ...offer, payAmountCents: floor - 1 });
      const result = await check(caseworker, below.id);
      expect(result.problems.map((p) => [p.code, p.params.minimumCents])).toEqual([["payBelowFloor", floor]]);
      const at = await offerIn(employer, { ...offer, payAmountCents: floor });
      expect((await check(caseworker, at.id)).problems).toEqual([]);
    });
  }

  it("Italy: no statutory floor, a warning that the provincial agreement sets it, and the offer goes through", async () => {
    const offer = await offerIn({ sites: site("ITF46") }, { payAmountCents: 4000 });
    const result = await check(caseworker, offer.id);
    expect(result).toMatchObject({ passes: true, country: "IT" });
    expect(result.problems).toEqual([expect.objectContaining({ code: "noPayFloor", severity: "warning", params: { country: "IT" } })]);
    expect((await submit(offer)).statusCode).toBe(200);
  });

  it("Cyprus: accommodation above 10 % of pay is refused, at 10 % it passes", async () => {
    const terms = {
      payUnit: "month" as const,
      payAmountCents: 100000,
      accommodationProvided: true,
      startDate: "2026-03-02",
      endDate: "2026-08-28",
    };
    const over = await offerIn({ sector: "packing", sites: site("CY000") }, { ...terms, accommodationDeductionCents: 10001 });
    const problems = (await check(caseworker, over.id)).problems;
    expect(problems.map((p) => [p.code, p.path, p.params.maximumCents])).toEqual([
      ["accommodationDeductionTooHigh", ["accommodationDeductionCents"], 10000],
    ]);
    const at = await offerIn({ sector: "packing", sites: site("CY000") }, { ...terms, accommodationDeductionCents: 10000 });
    expect((await check(caseworker, at.id)).passes).toBe(true);
  });
});

describe("moves towards publication run the check", () => {
  it("refuse a failing offer with 422 and each problem, and change nothing", async () => {
    const offer = await offerIn({}, { payAmountCents: 3929, hoursPerWeek: 49 });
    const response = await submit(offer);
    expectApiError(response, 422, "offer_check_failed", [
      { path: ["payAmountCents"], message: "labourRules:problems.payBelowFloor" },
      { path: ["hoursPerWeek"], message: "labourRules:problems.hoursAboveWeeklyLimit" },
    ]);
    const details = response.json().error.details;
    expect(details[0].params).toMatchObject({ code: "payBelowFloor", minimumCents: 3930 });
    const after = (await caseworker({ method: "GET", url: `/api/offers/${offer.id}` })).json();
    expect(after).toMatchObject({ status: "draft", version: offer.version });
    expect(await auditTrailOf(world, offer.id, "offer.transition")).toEqual([]);
  });

  it("let the offer through once it is fixed", async () => {
    const offer = await offerIn({}, { payAmountCents: 3929 });
    expect((await submit(offer)).statusCode).toBe(422);
    const fixed = await caseworker({
      method: "PATCH",
      url: `/api/offers/${offer.id}`,
      headers: ifMatch(offer.version),
      payload: { payAmountCents: 3930 },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await moveOffer(caseworker, offer.id, "submitted", "checked", "published")).status).toBe("published");
  });

  it("check again at publication: a floor added after the offer was checked stops it", async () => {
    const employer = await registerEmployer(caseworker, { sector: "packing" });
    const offer = await recordOffer(caseworker, employer, { payAmountCents: 5400 });
    const checked = await moveOffer(caseworker, offer.id, "submitted", "checked");
    const rule = await admin({
      method: "POST",
      url: "/api/labour-rules",
      payload: {
        country: "EL",
        sector: "packing",
        kind: "min_pay",
        payUnit: "day",
        amountCents: 6000,
        validFrom: "2027-01-01",
        source: "Test agreement for packing houses",
      },
    });
    expect(rule.statusCode, rule.body).toBe(201);
    const publish = await coordinator({
      method: "POST",
      url: `/api/offers/${offer.id}/transitions`,
      headers: ifMatch(checked.version),
      payload: { to: "published" },
    });
    expectApiError(publish, 422, "offer_check_failed", [{ path: ["payAmountCents"], message: "labourRules:problems.payBelowFloor" }]);
    expect((await caseworker({ method: "GET", url: `/api/offers/${offer.id}` })).json().status).toBe("checked");
    // Going back to draft to fix it is never refused.
    expect((await moveOffer(caseworker, offer.id, "draft")).status).toBe("draft");
  });

  it("refuse the employer's own submission too", async () => {
    const employer = await registerEmployer(caseworker);
    const offer = await recordOffer(caseworker, employer, { payAmountCents: 3000 });
    const employerAccount = await signInAsEmployer(world, caseworker, employer);
    expectApiError(await submit(offer, employerAccount), 422, "offer_check_failed");
  });
});
