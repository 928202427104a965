import { createHash } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { PublicReportInput, ReporterView } from "../../src/core/grievances/grievance-report-schemas.js";
import type { Worker } from "../../src/core/workers/worker-schemas.js";
import { auditEntries } from "../../src/db/schema/audit.js";
import { grievanceEvents, grievanceReporters, grievances } from "../../src/db/schema/grievances.js";
import { outboxMessages } from "../../src/db/schema/outbox.js";
import { REPORT_LIMITS } from "../../src/server/grievances/report-rate-limit.js";
import { smsSignature } from "../../src/server/grievances/sms-inbound.js";
import { expectApiError, type Requester } from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { as, createTestWorld, signIn, signInWorker, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let anonymous: Requester;
let caseworker: Requester;
let otherCentreCaseworker: Requester;

/** Each test reports from an address of its own, so the rate limits of one never touch another. */
let addressCounter = 0;
const nextAddress = () => `198.51.100.${++addressCounter}`;

beforeAll(async () => {
  world = await createTestWorld();
  anonymous = as(world.app, null);
  caseworker = as(world.app, await signIn(world.app, world.centreA.emails.caseworker));
  otherCentreCaseworker = as(world.app, await signIn(world.app, world.centreB.emails.caseworker));
});
afterAll(() => world.close());

const CODE_FORMAT = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;

function reportInput(overrides: Partial<PublicReportInput> = {}): PublicReportInput {
  return {
    centreId: world.centreA.id,
    language: "ar",
    categories: ["retention_of_identity_documents", "unpaid_wages"],
    description: "The foreman keeps our passports and we have not been paid for three weeks.",
    workplaceGiven: "Strawberry greenhouses near Nea Manolada",
    ...overrides,
  };
}

async function report(overrides: Partial<PublicReportInput> = {}, remoteAddress = nextAddress()) {
  const response = await anonymous({ method: "POST", url: "/api/grievance-reports", payload: reportInput(overrides), remoteAddress });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { reference: string; followUpCode: string };
}

const follow = (code: string, remoteAddress = nextAddress(), request = anonymous) =>
  request({ method: "POST", url: "/api/grievance-reports/follow", payload: { code }, remoteAddress });

async function grievanceOf(reference: string, centreId = world.centreA.id) {
  const [row] = await world.connection.db
    .select()
    .from(grievances)
    .where(and(eq(grievances.reference, reference), eq(grievances.centreId, centreId)));
  if (!row) throw new Error(`no grievance ${reference}`);
  return row;
}

describe("the public list of centres", () => {
  it("names each centre with its country and region, and nothing else", async () => {
    const response = await anonymous({ method: "GET", url: "/api/grievance-reports/centres" });
    expect(response.statusCode).toBe(200);
    const centres = response.json() as Record<string, unknown>[];
    expect(centres).toEqual(
      expect.arrayContaining([
        { id: world.centreA.id, name: "Centre A", country: "EL", regionCode: "EL65" },
        { id: world.centreB.id, name: "Centre B", country: "ES", regionCode: "ES61" },
      ]),
    );
    for (const centre of centres) expect(Object.keys(centre).sort()).toEqual(["country", "id", "name", "regionCode"]);
  });
});

describe("reporting without an account", () => {
  it("an anonymous report answers only its reference and a readable code, stored as a hash", async () => {
    const response = await anonymous({
      method: "POST",
      url: "/api/grievance-reports",
      payload: reportInput(),
      remoteAddress: nextAddress(),
    });
    expect(response.statusCode, response.body).toBe(201);
    const answer = response.json();
    expect(Object.keys(answer).sort()).toEqual(["followUpCode", "reference"]);
    expect(answer.reference).toMatch(/^GV-\d{4}-\d{4}$/);
    expect(answer.followUpCode).toMatch(CODE_FORMAT);

    const row = await grievanceOf(answer.reference);
    expect(row).toMatchObject({ channel: "web", language: "ar", anonymous: true, status: "received" });
    expect(row.categories).toEqual(["retention_of_identity_documents", "unpaid_wages"]);
    expect(row.followUpCodeHash).toBe(createHash("sha256").update(answer.followUpCode.replaceAll("-", "")).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(answer.followUpCode);
    // Retention of identity documents is urgent: triage is due within a day.
    expect(row.dueAt?.getTime()).toBeLessThanOrEqual(row.createdAt.getTime() + 24 * 3_600_000);
    expect(await world.connection.db.select().from(grievanceReporters).where(eq(grievanceReporters.grievanceId, row.id))).toEqual([]);

    const events = await world.connection.db.select().from(grievanceEvents).where(eq(grievanceEvents.grievanceId, row.id));
    expect(events.map((e) => [e.kind, e.toStatus, e.visibleToReporter, e.byUserId])).toEqual([["status", "received", true, null]]);

    const [audit] = await world.connection.db.select().from(auditEntries).where(eq(auditEntries.entityId, row.id));
    expect(audit).toMatchObject({ action: "grievance.record", actorUserId: null, outcome: "allowed", centreId: world.centreA.id });
    expect(JSON.stringify(audit?.details)).not.toMatch(/passport|Manolada/i);
  });

  it("a signed report keeps the reporter apart from the case, and the answer does not echo them", async () => {
    const response = await anonymous({
      method: "POST",
      url: "/api/grievance-reports",
      payload: reportInput({
        categories: ["housing"],
        reporter: { name: "Amina Diallo", phone: "+306912345678", sharedWithCaseworkers: true },
      }),
      remoteAddress: nextAddress(),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.body).not.toContain("Amina");
    const row = await grievanceOf(response.json().reference);
    expect(row.anonymous).toBe(false);
    // Not urgent: the end of the second working day, never less than a day away.
    expect(row.dueAt?.getTime()).toBeGreaterThan(row.createdAt.getTime() + 24 * 3_600_000);
    const [reporter] = await world.connection.db.select().from(grievanceReporters).where(eq(grievanceReporters.grievanceId, row.id));
    expect(reporter).toMatchObject({ workerId: null, name: "Amina Diallo", phone: "+306912345678", sharedWithCaseworkers: true });
    // Staff read the case as signed, never who signed it.
    const staffView = await caseworker({ method: "GET", url: `/api/grievances/${row.id}` });
    expect(staffView.statusCode, staffView.body).toBe(200);
    expect(staffView.json().signed).toBe(true);
    expect(staffView.body).not.toMatch(/Amina|306912345678/);
  });

  it("numbers references per centre", async () => {
    const a = await report();
    const b = await report({ centreId: world.centreB.id });
    expect((await grievanceOf(a.reference)).centreId).toBe(world.centreA.id);
    expect((await grievanceOf(b.reference, world.centreB.id)).centreId).toBe(world.centreB.id);
  });

  it("refuses a report without a category, with an unknown centre or property, or too long", async () => {
    const send = (payload: unknown) =>
      anonymous({ method: "POST", url: "/api/grievance-reports", payload: payload as object, remoteAddress: nextAddress() });
    expectApiError(await send(reportInput({ categories: [] })), 400, "validation_failed", [
      { path: ["categories"], message: "errors.required" },
    ]);
    expectApiError(await send(reportInput({ description: "   " })), 400, "validation_failed", [
      { path: ["description"], message: "errors.required" },
    ]);
    expectApiError(await send(reportInput({ description: "x".repeat(4001) })), 400, "validation_failed", [
      { path: ["description"], message: "errors.tooLong" },
    ]);
    expectApiError(await send(reportInput({ centreId: "00000000-0000-4000-8000-000000000000" })), 400, "validation_failed", [
      { path: ["centreId"], message: "errors.invalidValue" },
    ]);
    expectApiError(await send({ ...reportInput(), status: "closed" }), 400, "validation_failed", [
      { path: ["status"], message: "errors.invalidValue" },
    ]);
    expectApiError(await send({ ...reportInput(), categories: ["unpaid_wages", "unpaid_wages"] }), 400, "validation_failed");
    const huge = await anonymous({
      method: "POST",
      url: "/api/grievance-reports",
      payload: reportInput({ workplaceGiven: "y".repeat(20_000) }),
      remoteAddress: nextAddress(),
    });
    expect(huge.statusCode).toBe(413);
  });
});

describe("following a case with its code", () => {
  it("the right code, typed loosely, shows the status and the steps the reporter may see", async () => {
    const { reference, followUpCode } = await report();
    const typed = ` ${followUpCode.toLowerCase().replaceAll("-", " ")} `;
    const response = await follow(typed);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json() as ReporterView;
    expect(view).toMatchObject({ reference, status: "received", categories: ["retention_of_identity_documents", "unpaid_wages"] });
    expect(view.events.map((e) => [e.kind, e.status])).toEqual([["status", "received"]]);
    // What the reporter wrote is not shown back: whoever holds the phone only learns how the case stands.
    expect(response.body).not.toContain("passports");
  });

  it("a wrong, malformed or unknown code gets the answer of a case that does not exist", async () => {
    const { followUpCode } = await report();
    const wrong = `${followUpCode.slice(0, -1)}${followUpCode.endsWith("A") ? "B" : "A"}`;
    const answers = [await follow(wrong), await follow("AAAA-AAAA-AAAA"), await follow("not a code"), await follow("0000-1111-IIII")];
    for (const answer of answers) expectApiError(answer, 404, "not_found");
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });

  it("a code opens its own case whatever centre it is in and whoever is signed in", async () => {
    const inA = await report();
    const inB = await report({ centreId: world.centreB.id, language: "es" });
    expect((await follow(inA.followUpCode)).json().reference).toBe(inA.reference);
    expect((await follow(inB.followUpCode)).json().reference).toBe(inB.reference);
    // A caseworker of centre B still reads centre A's case through the code only, as its reporter would.
    const throughCode = await follow(inA.followUpCode, nextAddress(), otherCentreCaseworker);
    expect(throughCode.statusCode).toBe(200);
    const id = (await grievanceOf(inA.reference)).id;
    expectApiError(await otherCentreCaseworker({ method: "GET", url: `/api/grievances/${id}` }), 404, "not_found");
  });

  it("shows the centre's messages to the reporter, never internal notes or who wrote them", async () => {
    const { reference, followUpCode } = await report();
    const id = (await grievanceOf(reference)).id;
    const note = (body: string, visibleToReporter: boolean) =>
      caseworker({ method: "POST", url: `/api/grievances/${id}/notes`, payload: { body, visibleToReporter } });
    expect((await note("Suspect the foreman also keeps their bank cards.", false)).statusCode).toBe(201);
    expect((await note("We have received your report and will call the farm this week.", true)).statusCode).toBe(201);
    const response = await follow(followUpCode);
    const view = response.json() as ReporterView;
    expect(view.events.map((e) => [e.kind, e.body])).toEqual([
      ["status", ""],
      ["message_to_reporter", "We have received your report and will call the farm this week."],
    ]);
    expect(response.body).not.toMatch(/bank cards|caseworker a|byUserId/);
  });

  it("the reporter writes back with the code; staff read it in the timeline", async () => {
    const { reference, followUpCode } = await report();
    const id = (await grievanceOf(reference)).id;
    const sent = await anonymous({
      method: "POST",
      url: "/api/grievance-reports/messages",
      payload: { code: followUpCode, body: "They moved us to another greenhouse yesterday." },
      remoteAddress: nextAddress(),
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect((sent.json() as ReporterView).events.at(-1)).toMatchObject({
      kind: "message_from_reporter",
      body: "They moved us to another greenhouse yesterday.",
    });
    const detail = await caseworker({ method: "GET", url: `/api/grievances/${id}` });
    const events = detail.json().events as { kind: string; body: string; byUserId: string | null }[];
    expect(events.at(-1)).toMatchObject({ kind: "message_from_reporter", byUserId: null });

    const before = await world.connection.db.select().from(grievanceEvents).where(eq(grievanceEvents.grievanceId, id));
    const wrong = await anonymous({
      method: "POST",
      url: "/api/grievance-reports/messages",
      payload: { code: "AAAA-AAAA-AAAA", body: "Hello" },
      remoteAddress: nextAddress(),
    });
    expectApiError(wrong, 404, "not_found");
    expectApiError(
      await anonymous({
        method: "POST",
        url: "/api/grievance-reports/messages",
        payload: { code: followUpCode, body: " " },
        remoteAddress: nextAddress(),
      }),
      400,
      "validation_failed",
    );
    expect(await world.connection.db.select().from(grievanceEvents).where(eq(grievanceEvents.grievanceId, id))).toHaveLength(before.length);
  });
});

describe("rate limits", () => {
  it("wrong codes from one address are refused after the limit, even a right one then; right codes do not count", async () => {
    const { followUpCode } = await report();
    const reader = nextAddress();
    for (let i = 0; i < REPORT_LIMITS.follow.limit + 5; i++) expect((await follow(followUpCode, reader)).statusCode).toBe(200);

    const guesser = nextAddress();
    for (let i = 0; i < REPORT_LIMITS.follow.limit; i++) expect((await follow("AAAA-AAAA-AAAA", guesser)).statusCode).toBe(404);
    const refused = await follow(followUpCode, guesser);
    expectApiError(refused, 429, "rate_limited");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect((await follow(followUpCode, nextAddress())).statusCode).toBe(200);
  });

  it("reports from one address are limited per hour", async () => {
    const address = nextAddress();
    for (let i = 0; i < REPORT_LIMITS.report.limit; i++) await report({ categories: ["other"] }, address);
    const refused = await anonymous({ method: "POST", url: "/api/grievance-reports", payload: reportInput(), remoteAddress: address });
    expectApiError(refused, 429, "rate_limited");
  });
});

describe("a worker's own reports in the portal", () => {
  let worker: Worker;
  let portal: Requester;
  let otherPortal: Requester;

  beforeAll(async () => {
    const created = await caseworker({
      method: "POST",
      url: "/api/workers",
      payload: workerInput({ givenName: "Yusuf", familyName: "Bello" }),
    });
    expect(created.statusCode, created.body).toBe(201);
    worker = created.json();
    const other = (await caseworker({ method: "POST", url: "/api/workers", payload: workerInput({ givenName: "Omar" }) })).json() as Worker;
    portal = as(world.app, await signInWorker(world, worker.phone));
    otherPortal = as(world.app, await signInWorker(world, other.phone));
  });

  it("a worker signs a report with their file; it is in their list and nobody else's", async () => {
    const response = await portal({
      method: "POST",
      url: "/api/me/grievances",
      payload: {
        language: "ar",
        categories: ["excessive_overtime"],
        description: "Twelve hours a day, no day off.",
        sharedWithCaseworkers: true,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { reference, followUpCode } = response.json();
    expect(followUpCode).toMatch(CODE_FORMAT);
    const row = await grievanceOf(reference);
    const [reporter] = await world.connection.db.select().from(grievanceReporters).where(eq(grievanceReporters.grievanceId, row.id));
    expect(reporter).toMatchObject({ workerId: worker.id, name: "Yusuf Bello", phone: worker.phone, sharedWithCaseworkers: true });

    const mine = await portal({ method: "GET", url: "/api/grievances" });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items.map((g: { reference: string }) => g.reference)).toEqual([reference]);
    const theirs = await otherPortal({ method: "GET", url: "/api/grievances" });
    expect(theirs.json().items).toEqual([]);
    expectApiError(await otherPortal({ method: "GET", url: `/api/grievances/${row.id}` }), 404, "not_found");
  });

  it("an anonymous report from the same phone is not in the worker's list", async () => {
    await report({ categories: ["safety"] });
    const mine = await portal({ method: "GET", url: "/api/grievances" });
    expect(mine.json().items.every((g: { signed: boolean }) => g.signed)).toBe(true);
  });

  it("only a worker signs a report this way", async () => {
    const response = await caseworker({
      method: "POST",
      url: "/api/me/grievances",
      payload: { language: "el", categories: ["safety"], description: "No water in the field." },
    });
    expectApiError(response, 403, "forbidden");
    expectApiError(
      await anonymous({ method: "POST", url: "/api/me/grievances", payload: { language: "el", categories: ["safety"], description: "x" } }),
      401,
      "unauthenticated",
    );
  });
});

describe("texts to the SMS number", () => {
  const SECRET = "sms-gateway-shared-secret-for-tests";
  afterEach(() => vi.unstubAllEnvs());

  function signedSms(payload: { from: string; text: string }, options: { secret?: string; at?: number } = {}) {
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor((options.at ?? Date.now()) / 1000));
    return anonymous({
      method: "POST",
      url: "/api/sms/inbound",
      headers: {
        "content-type": "application/json",
        "x-sms-timestamp": timestamp,
        "x-sms-signature": smsSignature(options.secret ?? SECRET, timestamp, body),
      },
      payload: body,
    });
  }

  async function lastTextTo(phone: string) {
    const [message] = await world.connection.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.recipient, phone))
      .orderBy(desc(outboxMessages.createdAt))
      .limit(1);
    return message;
  }

  it("does not exist unless SMS_INBOUND_SECRET is set", async () => {
    vi.stubEnv("SMS_INBOUND_SECRET", "");
    expectApiError(await signedSms({ from: "+306900000101", text: "REPORT EL65 No pay" }), 404, "not_found");
  });

  it("refuses a text without a signature, with a wrong one or an old one", async () => {
    vi.stubEnv("SMS_INBOUND_SECRET", SECRET);
    const from = "+306900000102";
    const unsigned = await anonymous({
      method: "POST",
      url: "/api/sms/inbound",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ from, text: "REPORT EL65 No pay" }),
    });
    expectApiError(unsigned, 401, "unauthenticated");
    expectApiError(await signedSms({ from, text: "REPORT EL65 No pay" }, { secret: "another-secret" }), 401, "unauthenticated");
    expectApiError(await signedSms({ from, text: "REPORT EL65 No pay" }, { at: Date.now() - 3_600_000 }), 401, "unauthenticated");
    expect(await lastTextTo(from)).toBeUndefined();
  });

  it("a Greek keyword opens an anonymous case at the named centre and answers the code in Greek", async () => {
    vi.stubEnv("SMS_INBOUND_SECRET", SECRET);
    const from = "+306900000103";
    const response = await signedSms({ from, text: "καταγγελία el65 Δεν πληρωθήκαμε δύο εβδομάδες στα πορτοκάλια" });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ handled: "report" });
    const text = await lastTextTo(from);
    expect(text).toMatchObject({ channel: "sms", purpose: "grievance_code", centreId: world.centreA.id });
    expect(text?.body).toContain("Παραλήφθηκε");
    const code = text?.body.match(/[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/)?.[0] ?? "";
    const reference = text?.body.match(/GV-\d{4}-\d{4}/)?.[0] ?? "";
    const row = await grievanceOf(reference);
    expect(row).toMatchObject({ channel: "sms", language: "el", anonymous: true, categories: ["other"] });
    expect(row.description).toBe("Δεν πληρωθήκαμε δύο εβδομάδες στα πορτοκάλια");
    // The code works on the web page too.
    expect((await follow(code)).json().reference).toBe(reference);

    await caseworker({
      method: "POST",
      url: `/api/grievances/${row.id}/notes`,
      payload: { body: "Θα σας καλέσουμε αύριο.", visibleToReporter: true },
    });
    expect((await signedSms({ from, text: `ΠΟΡΕΙΑ ${code}` })).json()).toEqual({ handled: "follow" });
    const status = await lastTextTo(from);
    expect(status?.purpose).toBe("grievance_status");
    expect(status?.body).toBe(`${reference}: παραλήφθηκε. Μήνυμα από το κέντρο: Θα σας καλέσουμε αύριο.`);
  });

  it("a keyword shared by languages takes the centre's language; a wrong code or unknown word gets help", async () => {
    vi.stubEnv("SMS_INBOUND_SECRET", SECRET);
    const from = "+34600000104";
    expect((await signedSms({ from, text: "DENUNCIA ES61 No nos dan agua en el invernadero" })).json()).toEqual({ handled: "report" });
    const reference = (await lastTextTo(from))?.body.match(/GV-\d{4}-\d{4}/)?.[0] ?? "";
    expect((await grievanceOf(reference, world.centreB.id)).language).toBe("es");

    await signedSms({ from, text: "FOLLOW AAAA-AAAA-AAAA" });
    expect((await lastTextTo(from))?.body).toBe("No case matches this code. Check it and send: FOLLOW <code>");
    expect((await signedSms({ from, text: "hello?" })).json()).toEqual({ handled: "help" });
    expect((await lastTextTo(from))?.body).toMatch(/^To report a problem send: REPORT <centre code>.*EL65 Centre A/);
    // Two centres and none named: the sender is told the codes rather than the case going to a guessed centre.
    expect((await signedSms({ from, text: "REPORT no water" })).json()).toEqual({ handled: "help" });
  });
});
