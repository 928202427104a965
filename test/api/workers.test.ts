import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEntries } from "../../src/db/schema/audit.js";
import { users } from "../../src/db/schema/auth.js";
import { workers } from "../../src/db/schema/workers.js";
import { FRUIT_PICKER } from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { as, createTestWorld, signIn, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworkerA: ReturnType<typeof as>;
let caseworkerB: ReturnType<typeof as>;
let inspectorA: ReturnType<typeof as>;
let anonymous: ReturnType<typeof as>;

beforeAll(async () => {
  world = await createTestWorld();
  caseworkerA = as(world.app, await signIn(world.app, world.centreA.emails.caseworker));
  caseworkerB = as(world.app, await signIn(world.app, world.centreB.emails.caseworker));
  inspectorA = as(world.app, await signIn(world.app, world.centreA.emails.inspector));
  anonymous = as(world.app, null);
});
afterAll(() => world.close());

async function register(overrides = {}) {
  const response = await caseworkerA({ method: "POST", url: "/api/workers", payload: workerInput(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe("registering a worker", () => {
  it("a caseworker registers a worker with skills coded in ESCO; the file, the phone sign-in and the consent are saved together", async () => {
    const worker = await register();
    expect(worker).toMatchObject({ givenName: "Karim", centreId: world.centreA.id, version: 1 });
    const [account] = await world.connection.db.select().from(users).where(eq(users.workerId, worker.id));
    expect(account).toMatchObject({ role: "worker", phoneNumber: worker.phone, centreId: world.centreA.id, locale: "ar" });
    const consents = await caseworkerA({ method: "GET", url: `/api/workers/${worker.id}/consents` });
    expect(consents.json()).toEqual([expect.objectContaining({ purpose: "profile_processing", granted: true })]);
  });

  it("invalid input is refused field by field with translation keys, and nothing is saved", async () => {
    const before = (await world.connection.db.select().from(workers)).length;
    const response = await caseworkerA({
      method: "POST",
      url: "/api/workers",
      payload: { ...workerInput(), phone: "0690", givenName: "", availability: [{ start: "2027-05-01", end: "2027-04-01" }] },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("validation_failed");
    const paths = error.details.map((d: { path: unknown[] }) => d.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["phone", "givenName", "availability.0.end"]));
    expect(error.details.every((d: { message: string }) => d.message.startsWith("errors."))).toBe(true);
    expect((await world.connection.db.select().from(workers)).length).toBe(before);
  });

  it("an unknown ESCO occupation or NUTS region is refused", async () => {
    const response = await caseworkerA({
      method: "POST",
      url: "/api/workers",
      payload: workerInput({
        regionCode: "EL999",
        occupations: [{ occupationUri: "http://data.europa.eu/esco/occupation/not-real", yearsExperience: 1, informal: false }],
      }),
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.details.map((d: { message: string }) => d.message)
        .sort(),
    ).toEqual(["errors.unknownOccupation", "errors.unknownRegion"]);
  });

  it("unknown properties are refused (no mass assignment of centre or id)", async () => {
    const response = await caseworkerA({ method: "POST", url: "/api/workers", payload: { ...workerInput(), centreId: world.centreB.id } });
    expect(response.statusCode).toBe(400);
  });

  it("a phone number can belong to one worker only", async () => {
    const first = await register();
    const response = await caseworkerA({ method: "POST", url: "/api/workers", payload: workerInput({ phone: first.phone }) });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: "phone_taken", details: [{ path: ["phone"], message: "errors.phoneTaken" }] });
  });

  it("an inspector may not register workers, anonymous users must sign in", async () => {
    expect((await inspectorA({ method: "POST", url: "/api/workers", payload: workerInput() })).statusCode).toBe(403);
    expect((await anonymous({ method: "POST", url: "/api/workers", payload: workerInput() })).statusCode).toBe(401);
  });
});

describe("reading and changing a worker's file", () => {
  it("every read of a worker's file leaves an audit entry", async () => {
    const worker = await register();
    const response = await caseworkerA({ method: "GET", url: `/api/workers/${worker.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    const reads = await world.connection.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, worker.id), eq(auditEntries.action, "worker.read")));
    expect(reads).toHaveLength(1);
    expect(JSON.stringify(reads[0])).not.toContain("Karim");
  });

  it("another centre's worker answers 404 exactly like a missing one, and the attempt is audited as denied", async () => {
    const worker = await register();
    const other = await caseworkerB({ method: "GET", url: `/api/workers/${worker.id}` });
    const missing = await caseworkerB({ method: "GET", url: "/api/workers/00000000-0000-4000-8000-000000000000" });
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual(missing.json());
    const patch = await caseworkerB({
      method: "PATCH",
      url: `/api/workers/${worker.id}`,
      headers: { "if-match": '"1"' },
      payload: { givenName: "Changed" },
    });
    expect(patch.statusCode).toBe(404);
    expect((await caseworkerA({ method: "GET", url: `/api/workers/${worker.id}` })).json().givenName).toBe("Karim");
    const denied = await world.connection.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, worker.id), eq(auditEntries.outcome, "denied")));
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });

  it("an edit with a stale version is refused, so nobody overwrites a colleague's change", async () => {
    const worker = await register();
    const first = await caseworkerA({
      method: "PATCH",
      url: `/api/workers/${worker.id}`,
      headers: { "if-match": '"1"' },
      payload: { willingToRelocate: false },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await caseworkerA({
      method: "PATCH",
      url: `/api/workers/${worker.id}`,
      headers: { "if-match": '"1"' },
      payload: { ownTransport: true },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.code).toBe("precondition_failed");
    expect(stale.json().error.details[0].message).toBe("errors.staleVersion");
  });

  it("an invalid patch changes nothing", async () => {
    const worker = await register();
    const response = await caseworkerA({ method: "PATCH", url: `/api/workers/${worker.id}`, payload: { birthYear: 1800 } });
    expect(response.statusCode).toBe(400);
    expect((await caseworkerA({ method: "GET", url: `/api/workers/${worker.id}` })).json().version).toBe(1);
  });

  it("consent is append-only: a withdrawal is a new record and the latest one counts", async () => {
    const worker = await register();
    for (const granted of [true, false]) {
      const response = await caseworkerA({
        method: "POST",
        url: `/api/workers/${worker.id}/consents`,
        payload: { purpose: "referral_to_employers", granted, method: "in_person" },
      });
      expect(response.statusCode).toBe(201);
    }
    const records = (await caseworkerA({ method: "GET", url: `/api/workers/${worker.id}/consents` })).json();
    expect(
      records.filter((r: { purpose: string }) => r.purpose === "referral_to_employers").map((r: { granted: boolean }) => r.granted),
    ).toEqual([false, true]);
    expect((await caseworkerB({ method: "GET", url: `/api/workers/${worker.id}/consents` })).statusCode).toBe(404);
  });
});

describe("searching workers", () => {
  beforeAll(async () => {
    await register({
      givenName: "Łukasz",
      familyName: "Ionescu",
      nationality: "RO",
      languages: [{ language: "ro", level: "native" }],
      authorisations: [{ type: "eu_citizen", validFrom: "2007-01-01", validUntil: null, workAllowed: true }],
    });
    await register({
      givenName: "Amina",
      familyName: "Benali",
      gender: "woman",
      nationality: "MA",
      regionCode: "EL651",
      authorisations: [{ type: "work_permit", validFrom: "2020-01-01", validUntil: "2021-01-01", workAllowed: true }],
    });
  });

  const list = async (query: string) => {
    const response = await caseworkerA({ method: "GET", url: `/api/workers?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: { familyName: string; permitStatus: string }[]; total: number; page: number; pageSize: number };
  };

  it("finds by name without accents, by language, region, occupation and permit status", async () => {
    expect((await list("q=lukasz")).items.map((w) => w.familyName)).toEqual(["Ionescu"]);
    expect((await list("language=ro")).items.map((w) => w.familyName)).toEqual(["Ionescu"]);
    expect((await list("region=EL651")).items.map((w) => w.familyName)).toEqual(["Benali"]);
    expect((await list("permit=expired")).items.map((w) => w.familyName)).toEqual(["Benali"]);
    expect((await list(`occupation=${encodeURIComponent(FRUIT_PICKER)}`)).total).toBeGreaterThan(2);
    expect((await list("availableFrom=2027-03-01&availableTo=2027-03-10")).total).toBeGreaterThan(2);
    expect((await list("availableFrom=2029-01-01&availableTo=2029-01-10")).total).toBe(0);
  });

  it("pages through the list, and another centre sees none of these workers", async () => {
    const page1 = await list("pageSize=2&page=1");
    const page2 = await list("pageSize=2&page=2");
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBeGreaterThan(3);
    expect(page2.items[0]).not.toEqual(page1.items[0]);
    expect((await caseworkerB({ method: "GET", url: "/api/workers" })).json().total).toBe(0);
  });

  it("refuses a malformed filter with 400 and a forbidden role with 403", async () => {
    expect((await caseworkerA({ method: "GET", url: "/api/workers?permit=sometimes" })).statusCode).toBe(400);
    expect((await caseworkerA({ method: "GET", url: "/api/workers?pageSize=1000" })).statusCode).toBe(400);
    expect((await inspectorA({ method: "GET", url: "/api/workers" })).statusCode).toBe(403);
  });
});

describe("partial changes", () => {
  it("a patch of one field leaves every other part of the file as it was", async () => {
    const worker = await register();
    const response = await caseworkerA({
      method: "PATCH",
      url: `/api/workers/${worker.id}`,
      headers: { "if-match": '"1"' },
      payload: { whatsapp: false },
    });
    expect(response.statusCode).toBe(200);
    const { version, updatedAt, whatsapp, ...rest } = response.json();
    const { version: v0, updatedAt: u0, whatsapp: w0, ...before } = worker;
    expect(whatsapp).toBe(false);
    expect(rest).toEqual(before);
  });

  it("an anonymous request is told to sign in before anything is validated", async () => {
    const response = await anonymous({ method: "POST", url: "/api/workers", payload: { nonsense: true } });
    expect(response.statusCode).toBe(401);
  });
});
