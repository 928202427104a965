// The fair-work score through the API: what staff and the employer read, and its effect on matching. The data the
// score reads (vetting, grievances, inspections, check-ins) are written straight into their tables here.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Employer } from "../../src/core/employers/employer-schemas.js";
import type { GrievanceSeverity } from "../../src/core/grievances/grievance-codes.js";
import type { FindingSeverity } from "../../src/core/inspections/inspection-codes.js";
import { checkIns } from "../../src/db/schema/check-ins.js";
import { grievanceEvents, grievances } from "../../src/db/schema/grievances.js";
import { correctiveActions, inspectionFindings, inspections } from "../../src/db/schema/inspections.js";
import { placements } from "../../src/db/schema/referrals.js";
import { employerVetting } from "../../src/db/schema/vetting.js";
import { todayIso } from "../../src/server/clock.js";
import {
  auditTrailOf,
  expectApiError,
  moveOffer,
  type Requester,
  recordOffer,
  registerEmployer,
  signInAsEmployer,
} from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { as, createTestWorld, signIn, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworker: Requester;
let coordinator: Requester;
let inspector: Requester;
let coordinatorB: Requester;
let workerId: string;

const offerDates = { startDate: "2027-03-01", endDate: "2027-05-31" };
const SITE = { name: "Greenhouses Nea Manolada", regionCode: "EL633", address: "", latitude: 38.06, longitude: 21.36 };
const today = todayIso();
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** An employer of centre A with one published offer. */
async function employerWithOffer(): Promise<{ employer: Employer; offerId: string }> {
  const employer = await registerEmployer(caseworker, { sites: [SITE] });
  const offer = await recordOffer(caseworker, employer, { ...offerDates, title: "Strawberry pickers, Manolada" });
  return { employer, offerId: (await moveOffer(caseworker, offer.id, "submitted", "checked", "published")).id };
}

let grievanceSequence = 0;
async function grievanceAgainst(employerId: string, severity: GrievanceSeverity, outcome = "substantiated") {
  grievanceSequence += 1;
  const [row] = await world.connection.db
    .insert(grievances)
    .values({
      centreId: world.centreA.id,
      reference: `GV-TEST-${String(grievanceSequence).padStart(4, "0")}`,
      followUpCodeHash: randomUUID(),
      channel: "web",
      language: "ar",
      description: "Our wages were withheld for two months",
      employerId,
      anonymous: true,
      status: "resolved",
      severity,
      outcome,
    })
    .returning();
  if (!row) throw new Error("no grievance");
  return row;
}

async function completedInspection(employerId: string, findings: FindingSeverity[]) {
  const [visit] = await world.connection.db
    .insert(inspections)
    .values({ centreId: world.centreA.id, employerId, kind: "inspection", status: "completed", scheduledFor: today, inspectorId: "test" })
    .returning();
  if (!visit) throw new Error("no inspection");
  for (const severity of findings) {
    await world.connection.db.insert(inspectionFindings).values({
      centreId: world.centreA.id,
      inspectionId: visit.id,
      employerId,
      area: "safety",
      severity,
      description: "No shade near the greenhouses",
      createdBy: "test",
    });
  }
  return visit;
}

const matchesOfWorker = async () =>
  (await caseworker({ method: "GET", url: `/api/workers/${workerId}/matches` }))
    .json()
    .items.map((m: { offer: { id: string } }) => m.offer.id);
const fairWork = (request: Requester, employerId: string) => request({ method: "GET", url: `/api/employers/${employerId}/fair-work` });

beforeAll(async () => {
  world = await createTestWorld();
  const signedIn = async (email: string) => as(world.app, await signIn(world.app, email));
  caseworker = await signedIn(world.centreA.emails.caseworker);
  coordinator = await signedIn(world.centreA.emails.coordinator);
  inspector = await signedIn(world.centreA.emails.inspector);
  coordinatorB = await signedIn(world.centreB.emails.coordinator);
  const worker = await caseworker({ method: "POST", url: "/api/workers", payload: workerInput({ regionCode: "EL633" }) });
  expect(worker.statusCode, worker.body).toBe(201);
  workerId = worker.json().id;
});
afterAll(() => world.close());

describe("the fair-work score of an employer", () => {
  it("a new employer starts at the neutral baseline, above the bar, matchable, each item explained", async () => {
    const { employer } = await employerWithOffer();
    const response = await fairWork(caseworker, employer.id);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({ employerId: employer.id, score: 70, bar: 50, matchable: true, belowBar: false, holds: [] });
    expect(view.vettingStatus).toBeNull();
    expect(view.items.map((i: { code: string }) => i.code)).toContain("baseline");
    // No vetting file yet: every declaration and the required certificates are on the list of what to fix.
    expect(view.toFix).toEqual(expect.arrayContaining([{ kind: "declaration", code: "no_exploitation_convictions" }]));
    expect(view.toFix).toEqual(expect.arrayContaining([{ kind: "document", code: "criminal_record_certificate" }]));
    expect(view.toFix).toEqual(expect.arrayContaining([{ kind: "self_assessment", missing: 10 }]));
  });

  it("findings, corrective actions and vetting change the score; an overdue action comes first in what to fix", async () => {
    const { employer } = await employerWithOffer();
    const visit = await completedInspection(employer.id, ["minor"]);
    await world.connection.db.insert(employerVetting).values({ centreId: world.centreA.id, employerId: employer.id, status: "approved" });
    await world.connection.db.insert(correctiveActions).values([
      {
        centreId: world.centreA.id,
        employerId: employer.id,
        inspectionId: visit.id,
        description: "Put up shade and water",
        dueDate: daysFromToday(10),
        createdBy: "test",
      },
      {
        centreId: world.centreA.id,
        employerId: employer.id,
        inspectionId: visit.id,
        description: "Give written contracts",
        dueDate: daysFromToday(-1),
        createdBy: "test",
      },
    ]);
    const view = (await fairWork(coordinator, employer.id)).json();
    // 70 + 10 (approved) + 2 (one visit) - 2 (minor finding) - 5 (overdue action)
    expect(view.score).toBe(75);
    expect(view.vettingStatus).toBe("approved");
    expect(view.items.find((i: { code: string }) => i.code === "correctiveActions")).toMatchObject({
      points: -5,
      counts: { overdue: 1, open: 1 },
    });
    const actions = view.toFix.filter((f: { kind: string }) => f.kind === "corrective_action");
    expect(actions.map((a: { description: string; overdue: boolean }) => [a.description, a.overdue])).toEqual([
      ["Give written contracts", true],
      ["Put up shade and water", false],
    ]);
  });

  it("a draft offer the labour rules check refuses is on the list of what to fix; a passing draft is not", async () => {
    const { employer } = await employerWithOffer();
    const failing = await recordOffer(caseworker, employer, { ...offerDates, title: "Pickers at one euro a day", payAmountCents: 100 });
    const passing = await recordOffer(caseworker, employer, { ...offerDates, title: "Pickers at the agreed day rate" });
    const portal = await signInAsEmployer(world, caseworker, employer);
    const view = (await fairWork(portal, employer.id)).json();
    const offers = view.toFix.filter((item: { kind: string }) => item.kind === "offer");
    expect(offers).toEqual([{ kind: "offer", id: failing.id, title: "Pickers at one euro a day" }]);
    expect(JSON.stringify(view.toFix)).not.toContain(passing.id);
  });

  it("the employer reads its own score without the grievance behind a hold; other employers' scores are hidden", async () => {
    const { employer } = await employerWithOffer();
    const other = await registerEmployer(caseworker, { sites: [SITE] });
    const grievance = await grievanceAgainst(employer.id, "critical");
    const portal = await signInAsEmployer(world, caseworker, employer);
    const response = await fairWork(portal, employer.id);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view.holds).toEqual([{ code: "serious_grievance" }]);
    expect(response.body).not.toContain(grievance.id);
    expect(response.body).not.toContain(grievance.reference);
    expect(response.body).not.toContain("withheld");
    const staffView = (await fairWork(caseworker, employer.id)).json();
    expect(staffView.holds).toEqual([
      { code: "serious_grievance", grievanceId: grievance.id, reference: grievance.reference, severity: "critical" },
    ]);
    expectApiError(await fairWork(portal, other.id), 404, "not_found");
  });

  it("check-in answers reach the employer only as an aggregate of at least five answers", async () => {
    const { employer, offerId } = await employerWithOffer();
    const referral = await caseworker({
      method: "POST",
      url: "/api/referrals",
      payload: { offerId, workerId, mode: "refer", consentMethod: "in_person" },
    });
    expect(referral.statusCode, referral.body).toBe(201);
    const [placement] = await world.connection.db
      .insert(placements)
      .values({
        centreId: world.centreA.id,
        referralId: referral.json().id,
        workerId,
        offerId,
        employerId: employer.id,
        contractType: "seasonal",
        startDate: "2026-03-01",
        payAmountCents: 5400,
        payUnit: "day",
        hoursPerWeek: 39,
      })
      .returning();
    if (!placement) throw new Error("no placement");
    const answered = (kind: string, answers: Record<string, string>) => ({
      centreId: world.centreA.id,
      placementId: placement.id,
      workerId,
      employerId: employer.id,
      kind,
      dueOn: "2026-03-08",
      status: "answered",
      answers,
      answeredAt: new Date(),
    });
    const portal = await signInAsEmployer(world, caseworker, employer);
    await world.connection.db
      .insert(checkIns)
      .values(answered("day_7", { paid_as_agreed: "no", hours_as_agreed: "yes", housing_ok: "not_applicable", treated_well: "yes" }));
    const few = (await fairWork(portal, employer.id)).json();
    expect(few.items.find((i: { code: string }) => i.code === "checkInsNotEnough")).toMatchObject({ points: 0, counts: {} });
    // Staff see how many answers there are so far; they do not count yet.
    const staffFew = (await fairWork(caseworker, employer.id)).json();
    expect(staffFew.items.find((i: { code: string }) => i.code === "checkInsNotEnough")).toMatchObject({ counts: { answers: 3 } });

    await world.connection.db
      .insert(checkIns)
      .values(answered("day_30", { paid_as_agreed: "yes", hours_as_agreed: "yes", housing_ok: "yes", treated_well: "yes" }));
    const enough = (await fairWork(portal, employer.id)).json();
    // 7 answers, 1 "no": 14 % → 5 - round(25 × 1/7) = 1 point.
    expect(enough.items.find((i: { code: string }) => i.code === "checkIns")).toMatchObject({
      points: 1,
      counts: { answers: 7, no: 1 },
      params: { noPercent: 14 },
    });
  });

  it("other centres and roles without the action are refused", async () => {
    const { employer } = await employerWithOffer();
    expectApiError(await fairWork(coordinatorB, employer.id), 404, "not_found");
    expect((await fairWork(inspector, employer.id)).statusCode).toBe(200);
  });
});

describe("the score's effect on matching", () => {
  it("a substantiated serious grievance holds matching at once; after the coordinator's review the employer is matched again", async () => {
    const { employer, offerId } = await employerWithOffer();
    expect(await matchesOfWorker()).toContain(offerId);

    const grievance = await grievanceAgainst(employer.id, "high");
    expect(await matchesOfWorker()).not.toContain(offerId);

    const candidates = await caseworker({ method: "GET", url: `/api/offers/${offerId}/matches?includeExcluded=true` });
    expect(candidates.statusCode, candidates.body).toBe(200);
    expect(candidates.json()).toEqual({
      items: [],
      employerNotMatchable: { score: 58, bar: 50, belowBar: false, holds: ["serious_grievance"] },
    });

    const referral = await caseworker({
      method: "POST",
      url: "/api/referrals",
      payload: { offerId, workerId, mode: "refer", consentMethod: "in_person" },
    });
    expectApiError(referral, 409, "not_eligible", [{ path: ["offerId"], message: "errors.employerNotMatchable" }]);

    const review = { grievanceId: grievance.id, note: "Wages paid back in full, checked with the pay slips" };
    const url = `/api/employers/${employer.id}/fair-work/reviews`;
    expect((await caseworker({ method: "POST", url, payload: review })).statusCode).toBe(403);
    expectApiError(await coordinatorB({ method: "POST", url, payload: review }), 404, "not_found");

    const reviewed = await coordinator({ method: "POST", url, payload: review });
    expect(reviewed.statusCode, reviewed.body).toBe(201);
    expect(reviewed.json()).toMatchObject({ matchable: true, holds: [], score: 58 });
    expect(await matchesOfWorker()).toContain(offerId);
    expect((await caseworker({ method: "GET", url: `/api/offers/${offerId}/matches` })).json().employerNotMatchable).toBeNull();

    const [stored] = await world.connection.db.select().from(grievances).where(eq(grievances.id, grievance.id));
    expect(stored?.matchingReviewedAt).not.toBeNull();
    expect(stored?.version).toBe(grievance.version + 1);
    const events = await world.connection.db.select().from(grievanceEvents).where(eq(grievanceEvents.grievanceId, grievance.id));
    expect(events).toEqual([expect.objectContaining({ kind: "matching_review", body: review.note, visibleToReporter: false })]);
    const audit = (await auditTrailOf(world, employer.id, "fair_work.review")).filter((entry) => entry.outcome === "allowed");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toEqual({ grievanceId: grievance.id, severity: "high" });

    expectApiError(await coordinator({ method: "POST", url, payload: review }), 409, "conflict", [
      { path: ["grievanceId"], message: "errors.noMatchingHold" },
    ]);
  });

  it("only a substantiated serious grievance of this employer can be reviewed", async () => {
    const { employer } = await employerWithOffer();
    const other = await registerEmployer(caseworker, { sites: [SITE] });
    const url = `/api/employers/${employer.id}/fair-work/reviews`;
    const elsewhere = await grievanceAgainst(other.id, "critical");
    expectApiError(
      await coordinator({ method: "POST", url, payload: { grievanceId: elsewhere.id, note: "Checked" } }),
      400,
      "validation_failed",
    );
    const minor = await grievanceAgainst(employer.id, "medium");
    expectApiError(await coordinator({ method: "POST", url, payload: { grievanceId: minor.id, note: "Checked" } }), 409, "conflict");
    const notSubstantiated = await grievanceAgainst(employer.id, "critical", "not_substantiated");
    expectApiError(
      await coordinator({ method: "POST", url, payload: { grievanceId: notSubstantiated.id, note: "Checked" } }),
      409,
      "conflict",
    );
    expectApiError(await coordinator({ method: "POST", url, payload: { grievanceId: minor.id, note: " " } }), 400, "validation_failed");
  });

  it("an employer below the bar is not matched; the candidates answer says so", async () => {
    const { employer, offerId } = await employerWithOffer();
    // 70 + 2 (one visit) - 6 (major) - 15 (critical) = 51: still matched.
    await completedInspection(employer.id, ["major", "critical"]);
    expect(await matchesOfWorker()).toContain(offerId);
    // A second visit adds 2 and a major finding takes 6: 47, below the bar.
    await completedInspection(employer.id, ["major"]);
    expect(await matchesOfWorker()).not.toContain(offerId);
    const candidates = (await caseworker({ method: "GET", url: `/api/offers/${offerId}/matches` })).json();
    expect(candidates).toEqual({ items: [], employerNotMatchable: { score: 47, bar: 50, belowBar: true, holds: [] } });
    const view = (await fairWork(caseworker, employer.id)).json();
    expect(view).toMatchObject({ score: 47, belowBar: true, matchable: false });
  });

  it("a suspended or rejected employer is never matched, whatever its score", async () => {
    for (const status of ["suspended", "rejected"]) {
      const { employer, offerId } = await employerWithOffer();
      await world.connection.db.insert(employerVetting).values({ centreId: world.centreA.id, employerId: employer.id, status });
      expect(await matchesOfWorker()).not.toContain(offerId);
      const candidates = (await caseworker({ method: "GET", url: `/api/offers/${offerId}/matches` })).json();
      expect(candidates.employerNotMatchable.holds).toEqual([`vetting_${status}`]);
    }
  });
});

describe("the coordinator's decent-work overview", () => {
  it("counts the centre's cases and lists the employers on hold or below the bar", async () => {
    const { employer: held } = await employerWithOffer();
    await grievanceAgainst(held.id, "critical");
    const [open] = await world.connection.db
      .insert(grievances)
      .values({
        centreId: world.centreA.id,
        reference: `GV-OPEN-${randomUUID().slice(0, 8)}`,
        followUpCodeHash: randomUUID(),
        channel: "sms",
        language: "bn",
        description: "No drinking water in the field",
        anonymous: true,
        status: "triaged",
        severity: "high",
        dueAt: new Date(Date.now() - 86_400_000),
      })
      .returning();
    expect(open).toBeDefined();
    const response = await coordinator({ method: "GET", url: "/api/compliance/overview" });
    expect(response.statusCode, response.body).toBe(200);
    const overview = response.json();
    expect(overview.grievances.open.high).toBeGreaterThanOrEqual(1);
    expect(overview.grievances.overdue.high).toBeGreaterThanOrEqual(1);
    expect(overview.attention).toEqual(
      expect.arrayContaining([
        { employerId: held.id, legalName: held.legalName, score: 52, belowBar: false, holds: ["serious_grievance"] },
      ]),
    );
    expect(overview.employers.onHold).toBeGreaterThanOrEqual(1);
    expect(overview.employers.total).toBeGreaterThanOrEqual(overview.employers.notVetted);
    expect(response.body).not.toContain("drinking water");

    expect((await inspector({ method: "GET", url: "/api/compliance/overview" })).statusCode).toBe(200);
    expect((await caseworker({ method: "GET", url: "/api/compliance/overview" })).statusCode).toBe(403);
    const otherCentre = (await coordinatorB({ method: "GET", url: "/api/compliance/overview" })).json();
    expect(otherCentre.attention).toEqual([]);
    expect(otherCentre.grievances.open.high).toBe(0);
  });
});
