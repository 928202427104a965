import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FRUIT_PICKER, type Requester } from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { as, createTestWorld, signIn, signInWorker, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworkerA: Requester;
let coordinatorA: Requester;
let coordinatorB: Requester;
let analyst: Requester;
let admin: Requester;
let partnerA: Requester;

beforeAll(async () => {
  world = await createTestWorld();
  caseworkerA = as(world.app, await signIn(world.app, world.centreA.emails.caseworker));
  coordinatorA = as(world.app, await signIn(world.app, world.centreA.emails.coordinator));
  coordinatorB = as(world.app, await signIn(world.app, world.centreB.emails.coordinator));
  partnerA = as(world.app, await signIn(world.app, world.centreA.emails.partner));
  analyst = as(world.app, await signIn(world.app, world.emails.analyst));
  admin = as(world.app, await signIn(world.app, world.emails.admin));
  await caseworkerA({ method: "POST", url: "/api/workers", payload: workerInput() });
});
afterAll(() => world.close());

describe("reference data", () => {
  it("ESCO occupations come in the reader's language, English where ESCO has none", async () => {
    const greek = (await partnerA({ method: "GET", url: "/api/reference/occupations?q=συλλ&lang=el" })).json();
    expect(greek.items[0].label).toMatch(/συλλέκτ/i);
    const all = (await partnerA({ method: "GET", url: "/api/reference/occupations?lang=ar&limit=100" })).json();
    expect(all.items).toHaveLength(61);
    const bengali = (await partnerA({ method: "GET", url: "/api/reference/occupations?lang=bn&limit=1" })).json();
    expect(bengali.items[0].label).toMatch(/[a-z]/);
  });

  it("skills of an occupation list the essential ones first, labelled in Arabic", async () => {
    const response = await partnerA({
      method: "GET",
      url: `/api/reference/skills?lang=ar&occupation=${encodeURIComponent(FRUIT_PICKER)}&limit=500`,
    });
    const { items } = response.json();
    expect(items.length).toBeGreaterThan(5);
    expect(items[0].essential).toBe(true);
    expect(items[0].label).toMatch(/[\u0600-\u06FF]/);
  });

  it("labels exactly the ESCO codes asked for, so a record's codes show without loading the catalogue", async () => {
    const { items } = (
      await partnerA({ method: "GET", url: `/api/reference/occupations?lang=el&uris=${encodeURIComponent(FRUIT_PICKER)}` })
    ).json();
    expect(items).toEqual([expect.objectContaining({ uri: FRUIT_PICKER, label: expect.stringMatching(/[α-ω]/) })]);
    const skills = (
      await partnerA({ method: "GET", url: "/api/reference/skills?lang=en&uris=http://data.europa.eu/esco/skill/not-real" })
    ).json();
    expect(skills.items).toEqual([]);
  });

  it("NUTS regions by country and level", async () => {
    const { items } = (await partnerA({ method: "GET", url: "/api/reference/regions?country=EL&level=3" })).json();
    expect(items.map((r: { code: string }) => r.code)).toContain("EL633");
    expect((await partnerA({ method: "GET", url: "/api/reference/regions?country=FR" })).statusCode).toBe(400);
    expect((await as(world.app, null)({ method: "GET", url: "/api/reference/regions" })).statusCode).toBe(401);
  });
});

describe("dashboard, outbox and audit", () => {
  it("the dashboard counts the centre's own records; an analyst gets network totals; a partner is refused", async () => {
    expect((await coordinatorA({ method: "GET", url: "/api/dashboard" })).json().workers.total).toBe(1);
    expect((await coordinatorB({ method: "GET", url: "/api/dashboard" })).json().workers.total).toBe(0);
    expect((await analyst({ method: "GET", url: "/api/dashboard" })).json().workers.total).toBe(1);
    expect((await partnerA({ method: "GET", url: "/api/dashboard" })).statusCode).toBe(403);
  });

  it("in demo mode staff read the one-time codes sent to workers, in the worker's language", async () => {
    const phone = "+306900000777";
    await caseworkerA({ method: "POST", url: "/api/workers", payload: workerInput({ phone, preferredLanguage: "el" }) });
    await signInWorker(world, phone);
    const { items } = (await caseworkerA({ method: "GET", url: "/api/outbox" })).json();
    expect(items[0]).toMatchObject({ recipient: phone, purpose: "sign_in_code", channel: "sms" });
    expect(items[0].body).toMatch(/κωδικός/);
    expect((await coordinatorB({ method: "GET", url: "/api/outbox" })).json().items).toEqual([]);
  });

  it("a code is sent only to a registered worker, and the answer does not tell which numbers are registered", async () => {
    const unknown = await world.app.inject({
      method: "POST",
      url: "/api/auth/phone-number/send-otp",
      headers: { origin: "http://localhost:3000" },
      payload: { phoneNumber: "+306999999999" },
    });
    expect(unknown.statusCode).toBe(200);
    const { items } = (await admin({ method: "GET", url: "/api/outbox" })).json();
    expect(items.some((m: { recipient: string }) => m.recipient === "+306999999999")).toBe(false);
  });

  it("the audit trail is for coordinators of the centre and admins, never for caseworkers", async () => {
    const { items } = (await coordinatorA({ method: "GET", url: "/api/audit?entityType=worker" })).json();
    expect(items.some((e: { action: string }) => e.action === "worker.create")).toBe(true);
    expect((await coordinatorB({ method: "GET", url: "/api/audit?entityType=worker" })).json().total).toBe(0);
    expect((await caseworkerA({ method: "GET", url: "/api/audit" })).statusCode).toBe(403);
  });

  it("a signed-in user's language choice is remembered", async () => {
    expect((await caseworkerA({ method: "PUT", url: "/api/me/locale", payload: { locale: "ar" } })).statusCode).toBe(204);
    expect((await caseworkerA({ method: "GET", url: "/api/me" })).json().locale).toBe("ar");
    expect((await caseworkerA({ method: "PUT", url: "/api/me/locale", payload: { locale: "xx" } })).statusCode).toBe(400);
  });
});
