import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCheckIns } from "../../src/cli/demo/seed-check-ins.js";
import type { CheckIn } from "../../src/core/check-ins/check-in-schemas.js";
import type { Employer } from "../../src/core/employers/employer-schemas.js";
import { addDays } from "../../src/core/workers/permit-status.js";
import type { Worker } from "../../src/core/workers/worker-schemas.js";
import { checkIns } from "../../src/db/schema/check-ins.js";
import { grievanceReporters, grievances } from "../../src/db/schema/grievances.js";
import { outboxMessages } from "../../src/db/schema/outbox.js";
import { sweepCheckIns } from "../../src/server/check-ins/sweep-check-ins.js";
import { todayIso } from "../../src/server/clock.js";
import { outboxMessageSender } from "../../src/server/outbox/message-sender.js";
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
import { as, createTestWorld, PUBLIC_URL, signIn, signInWorker, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworkerA: Requester;
let caseworkerB: Requester;
let coordinatorA: Requester;
let employerPortal: Requester;
let employer: Employer;
/** An offer with accommodation (housing is asked) and one without (housing is not applicable). */
let housedOfferId: string;
let unhousedOfferId: string;

const today = todayIso();
const ALL_YES = { paid_as_agreed: "yes", hours_as_agreed: "yes", housing_ok: "yes", treated_well: "yes" } as const;

beforeAll(async () => {
  world = await createTestWorld();
  caseworkerA = as(world.app, await signIn(world.app, world.centreA.emails.caseworker));
  coordinatorA = as(world.app, await signIn(world.app, world.centreA.emails.coordinator));
  caseworkerB = as(world.app, await signIn(world.app, world.centreB.emails.caseworker));
  employer = await registerEmployer(caseworkerA, {
    sites: [{ name: "Greenhouses Nea Manolada", regionCode: "EL633", address: "", latitude: 38.06, longitude: 21.36 }],
  });
  employerPortal = await signInAsEmployer(world, caseworkerA, employer);
  const dates = { startDate: "2027-03-01", endDate: "2027-05-31" };
  const housed = await recordOffer(caseworkerA, employer, { ...dates, title: "Strawberry pickers", accommodationProvided: true });
  housedOfferId = (await moveOffer(caseworkerA, housed.id, "submitted", "checked", "published")).id;
  const unhoused = await recordOffer(caseworkerA, employer, { ...dates, title: "Olive harvest", accommodationProvided: false });
  unhousedOfferId = (await moveOffer(caseworkerA, unhoused.id, "submitted", "checked", "published")).id;
});
afterAll(() => world.close());

async function registerWorker(overrides: Parameters<typeof workerInput>[0] = {}): Promise<Worker> {
  const response = await caseworkerA({ method: "POST", url: "/api/workers", payload: workerInput(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function consent(workerId: string, purpose: "contact_by_sms" | "contact_by_whatsapp", granted = true) {
  const response = await caseworkerA({
    method: "POST",
    url: `/api/workers/${workerId}/consents`,
    payload: { purpose, granted, method: "in_person" },
  });
  expect(response.statusCode, response.body).toBe(201);
}

/** Refers the worker and hires them at once (staff record the hire), which schedules the check-ins. */
async function hire(workerId: string, placement: { startDate: string; endDate: string | null }, offerId = housedOfferId) {
  const referred = await caseworkerA({
    method: "POST",
    url: "/api/referrals",
    payload: { offerId, workerId, mode: "refer", consentMethod: "in_person" },
  });
  expect(referred.statusCode, referred.body).toBe(201);
  const hired = await caseworkerA({
    method: "POST",
    url: `/api/referrals/${referred.json().id}/moves`,
    headers: ifMatch(referred.json().version),
    payload: {
      to: "hired",
      placement: { contractType: "seasonal", payAmountCents: 5_400, payUnit: "day", hoursPerWeek: 39, ...placement },
    },
  });
  expect(hired.statusCode, hired.body).toBe(200);
}

async function checkInsOf(request: Requester, workerId: string): Promise<CheckIn[]> {
  const response = await request({ method: "GET", url: `/api/check-ins?workerId=${workerId}&pageSize=100` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

async function dueCheckIn(workerId: string): Promise<CheckIn> {
  const found = (await checkInsOf(caseworkerA, workerId)).find((c) => c.kind === "day_7");
  if (!found) throw new Error("no day-7 check-in");
  return found;
}

const answer = (request: Requester, id: string, payload: object, headers: Record<string, string> = {}) =>
  request({ method: "POST", url: `/api/check-ins/${id}/answers`, headers, payload });

describe("scheduling when a placement is made", () => {
  it("day 7, day 30 and the end of the contract, each on its date", async () => {
    const worker = await registerWorker();
    await hire(worker.id, { startDate: "2027-03-01", endDate: "2027-05-31" });
    const scheduled = await checkInsOf(caseworkerA, worker.id);
    expect(scheduled.map((c) => [c.kind, c.dueOn, c.status])).toEqual([
      ["day_7", "2027-03-08", "scheduled"],
      ["day_30", "2027-03-31", "scheduled"],
      ["end_of_contract", "2027-05-31", "scheduled"],
    ]);
    expect(scheduled[0]).toMatchObject({
      employerId: employer.id,
      answerBy: "2027-03-22",
      questions: ["paid_as_agreed", "hours_as_agreed", "housing_ok", "treated_well"],
    });
  });

  it("without an end date only the two early check-ins; a two-week contract has no day-30 one", async () => {
    const open = await registerWorker();
    await hire(open.id, { startDate: "2027-03-01", endDate: null });
    expect((await checkInsOf(caseworkerA, open.id)).map((c) => c.kind)).toEqual(["day_7", "day_30"]);
    const short = await registerWorker();
    await hire(short.id, { startDate: "2027-03-01", endDate: "2027-03-14" });
    expect((await checkInsOf(caseworkerA, short.id)).map((c) => [c.kind, c.dueOn])).toEqual([
      ["day_7", "2027-03-08"],
      ["end_of_contract", "2027-03-14"],
    ]);
  });
});

describe("answering", () => {
  let karim: Worker;
  let karimPortal: Requester;
  let samirPortal: Requester;
  let checkIn: CheckIn;

  beforeAll(async () => {
    karim = await registerWorker({ givenName: "Karim" });
    const samir = await registerWorker({ givenName: "Samir" });
    await hire(karim.id, { startDate: addDays(today, -10), endDate: addDays(today, 60) });
    await hire(samir.id, { startDate: addDays(today, -10), endDate: addDays(today, 60) });
    karimPortal = as(world.app, await signInWorker(world, karim.phone));
    samirPortal = as(world.app, await signInWorker(world, samir.phone));
    checkIn = await dueCheckIn(karim.id);
  });

  it("the worker sees their own check-ins only; the employer has no access to them at all", async () => {
    const own = await karimPortal({ method: "GET", url: "/api/check-ins?view=due" });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().items.map((c: CheckIn) => c.id)).toEqual([checkIn.id]);
    expect((await samirPortal({ method: "GET", url: `/api/check-ins/${checkIn.id}` })).statusCode).toBe(404);
    expectApiError(await employerPortal({ method: "GET", url: "/api/check-ins" }), 403, "forbidden");
    expectApiError(await employerPortal({ method: "GET", url: `/api/check-ins/${checkIn.id}` }), 403, "forbidden");
    expectApiError(await caseworkerB({ method: "GET", url: `/api/check-ins/${checkIn.id}` }), 404, "not_found");
    const centreB = await caseworkerB({ method: "GET", url: "/api/check-ins" });
    expect(centreB.json().items).toEqual([]);
  });

  it("another worker, the employer and another centre cannot answer it", async () => {
    expectApiError(await answer(samirPortal, checkIn.id, { answers: ALL_YES }), 404, "not_found");
    expectApiError(await answer(employerPortal, checkIn.id, { answers: ALL_YES }), 403, "forbidden");
    expectApiError(await answer(caseworkerB, checkIn.id, { answers: ALL_YES }), 404, "not_found");
  });

  it("every question asked needs an answer", async () => {
    expectApiError(await answer(karimPortal, checkIn.id, { answers: { paid_as_agreed: "yes" } }), 400, "validation_failed", [
      { path: ["answers", "hours_as_agreed"], message: "errors.required" },
    ]);
    expectApiError(await answer(karimPortal, checkIn.id, { answers: { ...ALL_YES, paid_as_agreed: "maybe" } }), 400, "validation_failed");
  });

  it("the worker answers in the portal; answering again is refused, a correction needs If-Match", async () => {
    const answered = await answer(karimPortal, checkIn.id, { answers: ALL_YES, comment: "All good so far" });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: "answered", answeredVia: "portal", answers: ALL_YES, grievanceId: null, version: 2 });
    expect(answered.headers.etag).toBe('"2"');

    expectApiError(await answer(karimPortal, checkIn.id, { answers: ALL_YES }), 409, "conflict", [
      { path: [], message: "errors.checkInAnswered" },
    ]);
    expectApiError(await answer(karimPortal, checkIn.id, { answers: ALL_YES }, ifMatch(1)), 412, "precondition_failed");
    const corrected = await answer(karimPortal, checkIn.id, { answers: ALL_YES, comment: "All good" }, ifMatch(2));
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ comment: "All good", version: 3, grievanceId: null });
  });

  it("a 'no' opens a grievance signed by the worker, shared with caseworkers, about the employer", async () => {
    const samirCheckIn = (await checkInsOf(samirPortal, (await samirPortal({ method: "GET", url: "/api/me" })).json().workerId)).find(
      (c) => c.kind === "day_7",
    ) as CheckIn;
    // The caseworker asked on the phone.
    const answered = await answer(caseworkerA, samirCheckIn.id, {
      answers: { ...ALL_YES, paid_as_agreed: "no", treated_well: "no" },
      comment: "Two weeks of pay are missing",
      answeredVia: "phone",
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const saved: CheckIn = answered.json();
    expect(saved).toMatchObject({ answeredVia: "phone", status: "answered" });
    expect(saved.grievanceId).not.toBeNull();
    const [grievance] = await world.connection.db
      .select()
      .from(grievances)
      .where(eq(grievances.id, saved.grievanceId as string));
    expect(grievance).toMatchObject({ channel: "check_in", employerId: employer.id, centreId: world.centreA.id, anonymous: false });
    expect([...(grievance?.categories ?? [])].sort()).toEqual(
      ["abusive_working_living_conditions", "harassment", "unpaid_wages", "withholding_of_wages"].sort(),
    );
    expect(grievance?.description).toContain("Two weeks of pay are missing");
    const [reporter] = await world.connection.db
      .select()
      .from(grievanceReporters)
      .where(eq(grievanceReporters.grievanceId, saved.grievanceId as string));
    expect(reporter).toMatchObject({ workerId: samirCheckIn.workerId, sharedWithCaseworkers: true });

    // A correction keeps the grievance it opened rather than opening another.
    const corrected = await answer(
      caseworkerA,
      samirCheckIn.id,
      { answers: { ...ALL_YES, paid_as_agreed: "no" }, answeredVia: "phone" },
      ifMatch(saved.version),
    );
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().grievanceId).toBe(saved.grievanceId);
    const opened = await world.connection.db.select().from(grievances).where(eq(grievances.channel, "check_in"));
    expect(opened).toHaveLength(1);
  });

  it("without accommodation housing is not asked, and is recorded as not applicable", async () => {
    const worker = await registerWorker({ givenName: "Youssef" });
    await hire(worker.id, { startDate: addDays(today, -8), endDate: null }, unhousedOfferId);
    const due = await dueCheckIn(worker.id);
    expect(due.questions).toEqual(["paid_as_agreed", "hours_as_agreed", "treated_well"]);
    const { housing_ok: _, ...asked } = ALL_YES;
    expectApiError(await answer(coordinatorA, due.id, { answers: ALL_YES }), 400, "validation_failed", [
      { path: ["answers", "housing_ok"], message: "errors.invalidValue" },
    ]);
    const answered = await answer(coordinatorA, due.id, { answers: asked, answeredVia: "in_person" });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      answers: { ...asked, housing_ok: "not_applicable" },
      answeredVia: "in_person",
      grievanceId: null,
    });
  });

  it("erasing the worker clears their comments; the answers stay for the employer's score", async () => {
    const worker = await registerWorker({ givenName: "Amira", familyName: "Benali" });
    await hire(worker.id, { startDate: addDays(today, -9), endDate: null });
    const due = await dueCheckIn(worker.id);
    await answer(caseworkerA, due.id, { answers: ALL_YES, comment: "My boss is kind", answeredVia: "phone" });
    const erased = await coordinatorA({
      method: "POST",
      url: `/api/workers/${worker.id}/erase`,
      payload: { reason: "subject_request", confirmation: "Amira Benali" },
    });
    expect(erased.statusCode, erased.body).toBe(200);
    const [row] = await world.connection.db.select().from(checkIns).where(eq(checkIns.id, due.id));
    expect(row).toMatchObject({ comment: "", status: "answered", answers: ALL_YES });
  });
});

describe("the sweep asks due check-ins in the worker's language, as they consented", () => {
  const sender = () => outboxMessageSender(world.connection.db, { demo: false, log: world.app.log });
  const messagesTo = (phone: string) => world.connection.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, phone));
  let arabic: Worker;
  let greek: Worker;
  let noConsent: Worker;

  beforeAll(async () => {
    arabic = await registerWorker({ givenName: "Karim", preferredLanguage: "ar" });
    greek = await registerWorker({ givenName: "Nikos", preferredLanguage: "el" });
    noConsent = await registerWorker({ givenName: "Rahim", preferredLanguage: "bn" });
    await consent(arabic.id, "contact_by_whatsapp");
    await consent(greek.id, "contact_by_sms");
    // A consent given then withdrawn is no consent.
    await consent(noConsent.id, "contact_by_sms");
    await consent(noConsent.id, "contact_by_sms", false);
    for (const worker of [arabic, greek, noConsent]) await hire(worker.id, { startDate: "2027-03-01", endDate: "2027-05-31" });
  });

  it("nothing is asked before a check-in falls due", async () => {
    const result = await sweepCheckIns(world.connection.db, sender(), PUBLIC_URL, new Date("2027-03-07T10:00:00Z"));
    expect(result.sent).toBe(0);
    expect(await messagesTo(arabic.phone)).toEqual([]);
  });

  it("sends WhatsApp in Arabic and SMS in Greek with the link to answer, once however often it runs", async () => {
    const now = new Date("2027-03-08T10:00:00Z");
    const first = await sweepCheckIns(world.connection.db, sender(), PUBLIC_URL, now);
    expect(first.sent).toBe(2);
    expect(first.toCall).toBeGreaterThanOrEqual(1);
    const arabicDue = await dueCheckIn(arabic.id);
    expect(arabicDue).toMatchObject({ status: "sent", contact: "whatsapp", sentAt: now.toISOString() });
    const [toArabic, ...more] = await messagesTo(arabic.phone);
    expect(more).toEqual([]);
    expect(toArabic).toMatchObject({ channel: "whatsapp", purpose: "check_in", centreId: world.centreA.id });
    expect(toArabic?.body).toContain("كيف يسير عملك");
    expect(toArabic?.body).toContain(`${PUBLIC_URL}/me/check-ins/${arabicDue.id}`);
    const [toGreek] = await messagesTo(greek.phone);
    expect(toGreek).toMatchObject({ channel: "sms" });
    expect(toGreek?.body).toContain("πώς πάει η δουλειά σας");

    const again = await sweepCheckIns(world.connection.db, sender(), PUBLIC_URL, now);
    expect(again.sent).toBe(0);
    expect(await messagesTo(arabic.phone)).toHaveLength(1);
    expect(await messagesTo(greek.phone)).toHaveLength(1);
  });

  it("a worker without consent gets no message: they are on the staff's call list with their phone", async () => {
    expect(await messagesTo(noConsent.phone)).toEqual([]);
    const due = await dueCheckIn(noConsent.id);
    expect(due).toMatchObject({ status: "scheduled", contact: "call", workerPhone: noConsent.phone });
    const callList = await caseworkerA({ method: "GET", url: `/api/check-ins?callOnly=true&pageSize=100` });
    const ids = callList.json().items.map((c: CheckIn) => c.workerId);
    expect(ids).toContain(noConsent.id);
    expect(ids).not.toContain(arabic.id);
  });

  it("a check-in unanswered 14 days after it fell due is missed; a later one stays open", async () => {
    await sweepCheckIns(world.connection.db, sender(), PUBLIC_URL, new Date("2027-03-22T10:00:00Z"));
    expect((await dueCheckIn(arabic.id)).status).toBe("sent");
    const result = await sweepCheckIns(world.connection.db, sender(), PUBLIC_URL, new Date("2027-03-23T10:00:00Z"));
    expect(result.missed).toBeGreaterThanOrEqual(3);
    const rows = await world.connection.db
      .select()
      .from(checkIns)
      .where(and(eq(checkIns.workerId, arabic.id)));
    expect(Object.fromEntries(rows.map((r) => [r.kind, r.status]))).toEqual({
      day_7: "missed",
      day_30: "scheduled",
      end_of_contract: "scheduled",
    });
    expect((await dueCheckIn(noConsent.id)).status).toBe("missed");
    // A missed check-in is asked no more.
    expect(await messagesTo(arabic.phone)).toHaveLength(1);
  });
});

describe("the demo's check-ins", () => {
  it("hires candidacies at interview weeks ago: one check-in answered, one with a complaint, one missed", async () => {
    const workers = [await registerWorker({ givenName: "Ali" }), await registerWorker({ givenName: "Omar" })];
    for (const worker of workers) {
      const referred = await caseworkerA({
        method: "POST",
        url: "/api/referrals",
        payload: { offerId: housedOfferId, workerId: worker.id, mode: "refer", consentMethod: "in_person" },
      });
      const interview = await caseworkerA({
        method: "POST",
        url: `/api/referrals/${referred.json().id}/moves`,
        headers: ifMatch(1),
        payload: { to: "interview" },
      });
      expect(interview.statusCode, interview.body).toBe(200);
    }
    const me = (await caseworkerA({ method: "GET", url: "/api/me" })).json();
    await seedCheckIns(world.connection.db, [
      { userId: me.id, role: "caseworker", centreId: world.centreA.id, workerId: null, employerId: null },
    ]);
    const seeded = (await Promise.all(workers.map((worker) => checkInsOf(caseworkerA, worker.id)))).flat();
    const statuses = seeded.map((c) => c.status);
    expect(statuses).toContain("answered");
    expect(statuses).toContain("missed");
    expect(seeded.filter((c) => c.grievanceId !== null)).toHaveLength(1);
  });
});
