import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Employer } from "../../src/core/employers/employer-schemas.js";
import { placements } from "../../src/db/schema/referrals.js";
import { consents } from "../../src/db/schema/workers.js";
import {
  expectApiError,
  ifMatch,
  moveOffer,
  type Requester,
  recordOffer,
  registerEmployer,
  signInAsEmployer,
} from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { as, createTestWorld, signIn, signInWorker, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworkerA: Requester;
let caseworkerB: Requester;
let inspectorA: Requester;
let employer: Employer;
let employerPortal: Requester;
let offerId: string;
let eligible: { id: string; phone: string };
let expired: { id: string };

const offerDates = { startDate: "2027-03-01", endDate: "2027-05-31" };

beforeAll(async () => {
  world = await createTestWorld();
  caseworkerA = as(world.app, await signIn(world.app, world.centreA.emails.caseworker));
  caseworkerB = as(world.app, await signIn(world.app, world.centreB.emails.caseworker));
  inspectorA = as(world.app, await signIn(world.app, world.centreA.emails.inspector));
  employer = await registerEmployer(caseworkerA, {
    sites: [{ name: "Greenhouses Nea Manolada", regionCode: "EL633", address: "", latitude: 38.06, longitude: 21.36 }],
  });
  employerPortal = await signInAsEmployer(world, caseworkerA, employer);
  const offer = await recordOffer(caseworkerA, employer, { ...offerDates, title: "Strawberry pickers, Manolada" });
  offerId = (await moveOffer(caseworkerA, offer.id, "submitted", "checked", "published")).id;
  eligible = (await caseworkerA({ method: "POST", url: "/api/workers", payload: workerInput() })).json();
  expired = (
    await caseworkerA({
      method: "POST",
      url: "/api/workers",
      payload: workerInput({
        givenName: "Rahim",
        authorisations: [{ type: "seasonal_work_permit", validFrom: "2026-01-01", validUntil: "2027-04-30", workAllowed: true }],
      }),
    })
  ).json();
});
afterAll(() => world.close());

describe("matching, with reasons a person can read", () => {
  it("candidates for an offer are ranked; a worker whose permit ends before the offer does is left out", async () => {
    const response = await caseworkerA({ method: "GET", url: `/api/offers/${offerId}/matches` });
    expect(response.statusCode, response.body).toBe(200);
    const ids = response.json().items.map((m: { worker: { id: string } }) => m.worker.id);
    expect(ids).toContain(eligible.id);
    expect(ids).not.toContain(expired.id);
    const top = response.json().items.find((m: { worker: { id: string } }) => m.worker.id === eligible.id);
    expect(top.score).toBeGreaterThan(0);
    expect(top.reasons.map((r: { code: string }) => r.code)).toContain("experience.sameOccupation");
  });

  it("asked for, the excluded come with why: the date the permit ends", async () => {
    const response = await caseworkerA({ method: "GET", url: `/api/offers/${offerId}/matches?includeExcluded=true` });
    const excluded = response.json().items.find((m: { worker: { id: string } }) => m.worker.id === expired.id);
    expect(excluded).toMatchObject({ eligible: false, score: 0 });
    const reason = excluded.reasons.find((r: { kind: string }) => r.kind === "excluded");
    expect(reason).toMatchObject({ criterion: "authorisation" });
    expect(JSON.stringify(reason.params)).toContain("2027-04-30");
  });

  it("offers for a worker are ranked the other way round", async () => {
    const response = await caseworkerA({ method: "GET", url: `/api/workers/${eligible.id}/matches` });
    expect(response.statusCode).toBe(200);
    expect(response.json().items[0]).toMatchObject({ offer: { id: offerId, employerName: employer.legalName }, eligible: true });
  });

  it("another centre cannot see the offer's candidates or the worker's offers", async () => {
    expect((await caseworkerB({ method: "GET", url: `/api/offers/${offerId}/matches` })).statusCode).toBe(404);
    expect((await caseworkerB({ method: "GET", url: `/api/workers/${eligible.id}/matches` })).statusCode).toBe(404);
    expect((await inspectorA({ method: "GET", url: `/api/offers/${offerId}/matches` })).statusCode).toBe(403);
  });
});

describe("referral to an employer, only with the worker's consent", () => {
  it("a worker excluded by a hard rule is never referred, and the refusal says why", async () => {
    const response = await caseworkerA({
      method: "POST",
      url: "/api/referrals",
      payload: { offerId, workerId: expired.id, mode: "refer", consentMethod: "in_person" },
    });
    expectApiError(response, 409, "not_eligible");
    expect(response.json().error.details[0].message).toMatch(/^reasons\.authorisation\./);
  });

  it("referring directly needs the way the worker consented", async () => {
    const response = await caseworkerA({
      method: "POST",
      url: "/api/referrals",
      payload: { offerId, workerId: eligible.id, mode: "refer" },
    });
    expectApiError(response, 400, "validation_failed");
  });

  it("a proposal waits for the worker; the employer sees nothing until the worker accepts in their portal", async () => {
    const proposed = await caseworkerA({
      method: "POST",
      url: "/api/referrals",
      payload: { offerId, workerId: eligible.id, mode: "propose" },
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const referral = proposed.json();
    expect(referral).toMatchObject({ stage: "proposed", offerTitle: "Strawberry pickers, Manolada" });

    expect((await employerPortal({ method: "GET", url: "/api/referrals" })).json().total).toBe(0);
    expect(
      (
        await employerPortal({
          method: "POST",
          url: `/api/referrals/${referral.id}/moves`,
          headers: ifMatch(1),
          payload: { to: "interview" },
        })
      ).statusCode,
    ).toBe(404);

    const duplicate = await caseworkerA({
      method: "POST",
      url: "/api/referrals",
      payload: { offerId, workerId: eligible.id, mode: "propose" },
    });
    expectApiError(duplicate, 409, "conflict");

    const worker = as(world.app, await signInWorker(world, eligible.phone));
    const own = (await worker({ method: "GET", url: "/api/referrals" })).json();
    expect(own.items.map((r: { id: string }) => r.id)).toEqual([referral.id]);
    expect(own.items[0].offer).toMatchObject({
      id: offerId,
      ...offerDates,
      siteName: "Greenhouses Nea Manolada",
      regionCode: "EL633",
      payUnit: "day",
    });
    expectApiError(
      await worker({ method: "POST", url: `/api/referrals/${referral.id}/moves`, payload: { to: "hired" } }),
      400,
      "validation_failed",
    );
    expectApiError(
      await worker({ method: "POST", url: `/api/referrals/${referral.id}/moves`, headers: ifMatch(1), payload: { to: "interview" } }),
      409,
      "invalid_transition",
    );
    const accepted = await worker({
      method: "POST",
      url: `/api/referrals/${referral.id}/moves`,
      headers: ifMatch(1),
      payload: { to: "referred" },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const consentRows = await world.connection.db.select().from(consents).where(eq(consents.workerId, eligible.id));
    expect(consentRows.some((c) => c.purpose === "referral_to_employers" && c.granted && c.method === "portal")).toBe(true);

    const seen = (await employerPortal({ method: "GET", url: "/api/referrals" })).json();
    expect(seen.items).toEqual([expect.objectContaining({ id: referral.id, stage: "referred", workerName: "Karim Hassan" })]);

    expect(
      (
        await employerPortal({
          method: "POST",
          url: `/api/referrals/${referral.id}/moves`,
          headers: ifMatch(2),
          payload: { to: "interview" },
        })
      ).statusCode,
    ).toBe(200);
    expectApiError(
      await employerPortal({ method: "POST", url: `/api/referrals/${referral.id}/moves`, payload: { to: "hired" } }),
      400,
      "validation_failed",
      [{ path: ["placement"], message: "errors.placementRequired" }],
    );
    const hired = await employerPortal({
      method: "POST",
      url: `/api/referrals/${referral.id}/moves`,
      headers: ifMatch(3),
      payload: {
        to: "hired",
        placement: {
          contractType: "seasonal",
          startDate: "2027-03-01",
          endDate: "2027-05-31",
          payAmountCents: 4500,
          payUnit: "day",
          hoursPerWeek: 39,
        },
      },
    });
    expect(hired.statusCode, hired.body).toBe(200);
    const placement = await world.connection.db.select().from(placements).where(eq(placements.referralId, referral.id));
    expect(placement).toEqual([expect.objectContaining({ employerId: employer.id, payAmountCents: 4500 })]);
  });

  it("a caseworker refers a worker who consented in person; the employer declines with a reason", async () => {
    const other = (await caseworkerA({ method: "POST", url: "/api/workers", payload: workerInput({ givenName: "Samir" }) })).json();
    const created = await caseworkerA({
      method: "POST",
      url: "/api/referrals",
      payload: { offerId, workerId: other.id, mode: "refer", consentMethod: "phone" },
    });
    expect(created.json().stage).toBe("referred");
    expectApiError(
      await employerPortal({ method: "POST", url: `/api/referrals/${created.json().id}/moves`, payload: { to: "declined" } }),
      400,
      "validation_failed",
      [{ path: ["reason"], message: "errors.reasonRequired" }],
    );
    const declined = await employerPortal({
      method: "POST",
      url: `/api/referrals/${created.json().id}/moves`,
      headers: ifMatch(1),
      payload: { to: "declined", reason: "position_filled" },
    });
    expect(declined.json()).toMatchObject({ stage: "declined", declineReason: "position_filled" });
  });

  it("a caseworker records a worker's yes to a proposal only with how the worker said it", async () => {
    const other = (await caseworkerA({ method: "POST", url: "/api/workers", payload: workerInput({ givenName: "Yusuf" }) })).json();
    const proposed = (
      await caseworkerA({ method: "POST", url: "/api/referrals", payload: { offerId, workerId: other.id, mode: "propose" } })
    ).json();
    const without = await caseworkerA({
      method: "POST",
      url: `/api/referrals/${proposed.id}/moves`,
      headers: ifMatch(1),
      payload: { to: "referred" },
    });
    expectApiError(without, 400, "validation_failed", [{ path: ["consentMethod"], message: "errors.consentRequired" }]);
    const withMethod = await caseworkerA({
      method: "POST",
      url: `/api/referrals/${proposed.id}/moves`,
      headers: ifMatch(1),
      payload: { to: "referred", consentMethod: "phone" },
    });
    expect(withMethod.json().stage).toBe("referred");
    const consentRows = await world.connection.db.select().from(consents).where(eq(consents.workerId, other.id));
    expect(consentRows.some((c) => c.purpose === "referral_to_employers" && c.method === "phone")).toBe(true);
  });

  it("nobody refers to an offer that is not published, or across centres", async () => {
    const draft = await recordOffer(caseworkerA, employer, offerDates);
    expectApiError(
      await caseworkerA({ method: "POST", url: "/api/referrals", payload: { offerId: draft.id, workerId: eligible.id, mode: "propose" } }),
      409,
      "offer_not_open",
    );
    expectApiError(
      await caseworkerB({ method: "POST", url: "/api/referrals", payload: { offerId, workerId: eligible.id, mode: "propose" } }),
      404,
      "not_found",
    );
    expect((await caseworkerB({ method: "GET", url: "/api/referrals" })).json().total).toBe(0);
    expect((await inspectorA({ method: "GET", url: "/api/referrals" })).statusCode).toBe(403);
    expect((await as(world.app, null)({ method: "GET", url: "/api/referrals" })).statusCode).toBe(401);
  });
});
