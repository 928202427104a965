import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECKLIST_ITEMS } from "../../src/core/inspections/inspection-codes.js";
import type { CorrectiveAction, InspectionDetail } from "../../src/core/inspections/inspection-schemas.js";
import { inspectionEvidence } from "../../src/db/schema/inspections.js";
import {
  auditTrailOf,
  expectApiError,
  ifMatch,
  type Requester,
  registerEmployer,
  signInAsEmployer,
} from "../support/employers-and-offers.js";
import { withChangedSignature } from "../support/signed-links.js";
import { as, createTestWorld, signIn, signInEveryRole, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworker: Requester;
let coordinator: Requester;
let inspector: Requester;
let otherInspector: Requester;
let otherCentreCaseworker: Requester;
let employerUser: Requester;
let anonymous: Requester;
let ownEmployerId: string;
let ownSiteId: string;
let otherEmployerId: string;
let foreignEmployerId: string;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const ALL_OK = Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, { result: "ok", note: "" }]));
const INTERNAL_NOTE = "Foreman nervous, ask the workers again off-site";
const INTERNAL_SUMMARY = "Tip from a worker's complaint confirmed";

beforeAll(async () => {
  world = await createTestWorld();
  ({ caseworker, coordinator, inspector, otherCentreCaseworker, anonymous } = await signInEveryRole(world));
  otherInspector = as(world.app, await signIn(world.app, world.centreB.emails.inspector));
  const own = await registerEmployer(caseworker);
  ownEmployerId = own.id;
  ownSiteId = own.sites[0]?.id as string;
  otherEmployerId = (await registerEmployer(caseworker)).id;
  foreignEmployerId = (await registerEmployer(otherCentreCaseworker)).id;
  employerUser = await signInAsEmployer(world, caseworker, own);
});
afterAll(() => world.close());

async function plan(request: Requester, body: Record<string, unknown>) {
  return request({ method: "POST", url: "/api/inspections", payload: { kind: "inspection", scheduledFor: day(0), ...body } });
}

async function planned(body: Record<string, unknown> = {}): Promise<InspectionDetail> {
  const response = await plan(inspector, { employerId: ownEmployerId, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

function patch(request: Requester, visit: { id: string; version: number }, payload: Record<string, unknown>) {
  return request({ method: "PATCH", url: `/api/inspections/${visit.id}`, headers: ifMatch(visit.version), payload });
}

/** A visit started, with findings, a plan item, an internal note and summary, then completed. */
async function completedVisit(employerId = ownEmployerId, dueDate = day(30)) {
  const response = await plan(inspector, { employerId });
  expect(response.statusCode, response.body).toBe(201);
  let visit: InspectionDetail = response.json();
  const checklist = { ...ALL_OK, accommodation: { result: "issue", note: INTERNAL_NOTE } };
  visit = (await patch(inspector, visit, { checklist, summary: INTERNAL_SUMMARY })).json();
  const finding = await inspector({
    method: "POST",
    url: `/api/inspections/${visit.id}/findings`,
    payload: { area: "accommodation", severity: "major", description: "Eight people in one container without ventilation" },
  });
  expect(finding.statusCode, finding.body).toBe(201);
  const action = await inspector({
    method: "POST",
    url: `/api/inspections/${visit.id}/corrective-actions`,
    payload: { description: "House at most four people per room, with a window", dueDate, findingId: finding.json().id },
  });
  expect(action.statusCode, action.body).toBe(201);
  const current = (await inspector({ method: "GET", url: `/api/inspections/${visit.id}` })).json();
  const done = await patch(inspector, current, { status: "completed" });
  expect(done.statusCode, done.body).toBe(200);
  return { visit: done.json() as InspectionDetail, action: action.json() as CorrectiveAction, findingId: finding.json().id as string };
}

describe("the life of a visit", () => {
  it("is planned, started by its first answer, and completed only with every item answered", async () => {
    const visit = await planned({ siteId: ownSiteId, kind: "monitoring_visit" });
    expect(visit).toMatchObject({ status: "planned", queue: "today", kind: "monitoring_visit", siteId: ownSiteId, visitedAt: null });
    expect(visit.checklist.map((c) => c.item)).toEqual([...CHECKLIST_ITEMS]);
    expect(visit.checklist.every((c) => c.result === null)).toBe(true);

    const started = await patch(inspector, visit, { checklist: { written_contracts: { result: "issue", note: "Two without contract" } } });
    expect(started.statusCode, started.body).toBe(200);
    const inProgress: InspectionDetail = started.json();
    expect(inProgress).toMatchObject({ status: "in_progress", queue: "in_progress", version: visit.version + 1 });
    expect(inProgress.visitedAt).not.toBeNull();
    expect(started.headers.etag).toBe(`"${inProgress.version}"`);

    const early = await patch(inspector, inProgress, { checklist: { pay_slips: { result: "ok" } }, status: "completed" });
    expectApiError(early, 400, "validation_failed", [
      { path: ["checklist", "pay_at_or_above_floor"], message: "errors.required" },
      { path: ["checklist", "identity_documents_held_by_workers"], message: "errors.required" },
    ]);
    expect((early.json().error.details as unknown[]).length).toBe(CHECKLIST_ITEMS.length - 2);

    const rest = Object.fromEntries(CHECKLIST_ITEMS.slice(1).map((item) => [item, { result: "not_applicable" }]));
    const completed = await patch(coordinator, inProgress, { checklist: rest, status: "completed" });
    expect(completed.statusCode, completed.body).toBe(200);
    const done: InspectionDetail = completed.json();
    expect(done.status).toBe("completed");
    expect(done.checklist.find((c) => c.item === "written_contracts")).toEqual({
      item: "written_contracts",
      result: "issue",
      note: "Two without contract",
    });

    const after = await patch(inspector, done, { summary: "Changed afterwards" });
    expectApiError(after, 409, "invalid_transition");
    const audit = await auditTrailOf(world, visit.id, "inspection.record");
    expect(audit.map((a) => a.details.event).sort()).toEqual(["completed", "in_progress", "planned"]);
    expect(JSON.stringify(audit)).not.toContain("Two without contract");
  });

  it("refuses a change without If-Match (428) or with a stale version (412)", async () => {
    const visit = await planned();
    const without = await inspector({ method: "PATCH", url: `/api/inspections/${visit.id}`, payload: { summary: "x" } });
    expectApiError(without, 428, "precondition_required");
    expectApiError(await patch(inspector, { ...visit, version: visit.version + 1 }, { summary: "x" }), 412, "precondition_failed");
    const moved = await patch(inspector, visit, { scheduledFor: day(3) });
    expect(moved.json()).toMatchObject({ scheduledFor: day(3), queue: "upcoming", status: "planned" });
    expectApiError(await patch(inspector, visit, { scheduledFor: day(4) }), 412, "precondition_failed");
  });

  it("sorts the queue into overdue, today and upcoming, and filters by employer, kind and status", async () => {
    const late = await planned({ scheduledFor: day(-2), employerId: otherEmployerId });
    const soon = await planned({ scheduledFor: day(5), employerId: otherEmployerId, kind: "monitoring_visit" });
    const list = (query: string) => inspector({ method: "GET", url: `/api/inspections?employerId=${otherEmployerId}&${query}` });
    expect((await list("queue=overdue")).json().items.map((i: { id: string }) => i.id)).toEqual([late.id]);
    expect((await list("queue=upcoming")).json().items.map((i: { id: string }) => i.id)).toEqual([soon.id]);
    expect((await list("kind=monitoring_visit")).json().items.map((i: { id: string }) => i.id)).toEqual([soon.id]);
    expect((await list("status=completed")).json().total).toBe(0);
    const page = (await list("pageSize=1&page=2")).json();
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page.items[0].id).toBe(soon.id);
    const cancelled = await patch(inspector, late, { status: "cancelled" });
    expect(cancelled.json()).toMatchObject({ status: "cancelled", queue: "cancelled" });
  });

  it("takes findings and plan items only on a visit under way or done", async () => {
    const visit = await planned();
    const finding = { area: "safety", severity: "critical", description: "No gloves for spraying" };
    const early = await inspector({ method: "POST", url: `/api/inspections/${visit.id}/findings`, payload: finding });
    expectApiError(early, 409, "invalid_transition");
    const { visit: other, findingId } = await completedVisit(otherEmployerId);
    expect(other.findings).toHaveLength(1);
    await patch(inspector, visit, { status: "in_progress" });
    const wrongFinding = await inspector({
      method: "POST",
      url: `/api/inspections/${visit.id}/corrective-actions`,
      payload: { description: "Buy gloves", dueDate: day(7), findingId },
    });
    expectApiError(wrongFinding, 400, "validation_failed", [{ path: ["findingId"], message: "errors.invalidValue" }]);
    const bad = await inspector({
      method: "POST",
      url: `/api/inspections/${visit.id}/findings`,
      payload: { ...finding, severity: "fatal" },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("plans a follow-up of an earlier visit of the same employer only", async () => {
    const { visit } = await completedVisit();
    const followUp = await plan(coordinator, { employerId: ownEmployerId, kind: "follow_up", followUpOf: visit.id, scheduledFor: day(45) });
    expect(followUp.statusCode, followUp.body).toBe(201);
    expect(followUp.json()).toMatchObject({ kind: "follow_up", followUpOf: visit.id, status: "planned", queue: "upcoming" });
    const noEarlier = await plan(inspector, { employerId: ownEmployerId, kind: "follow_up" });
    expectApiError(noEarlier, 400, "validation_failed", [{ path: ["followUpOf"], message: "errors.required" }]);
    const otherEmployer = await plan(inspector, { employerId: otherEmployerId, kind: "follow_up", followUpOf: visit.id });
    expectApiError(otherEmployer, 400, "validation_failed", [{ path: ["followUpOf"], message: "errors.invalidValue" }]);
    const noGrievance = await plan(inspector, { employerId: ownEmployerId, grievanceId: crypto.randomUUID() });
    expectApiError(noGrievance, 400, "validation_failed", [{ path: ["grievanceId"], message: "errors.invalidValue" }]);
    const foreignSite = await plan(inspector, { employerId: otherEmployerId, siteId: ownSiteId });
    expectApiError(foreignSite, 400, "validation_failed", [{ path: ["siteId"], message: "errors.siteNotOfEmployer" }]);
  });
});

describe("who may do what", () => {
  it("hides another centre's visits like missing ones, and refuses its employers as unknown", async () => {
    const visit = await planned();
    const read = await otherInspector({ method: "GET", url: `/api/inspections/${visit.id}` });
    const missing = await otherInspector({ method: "GET", url: `/api/inspections/${crypto.randomUUID()}` });
    expectApiError(read, 404, "not_found");
    expect(read.json()).toEqual(missing.json());
    expectApiError(await patch(otherInspector, visit, { status: "cancelled" }), 404, "not_found");
    const foreign = await plan(inspector, { employerId: foreignEmployerId });
    expectApiError(foreign, 400, "validation_failed", [{ path: ["employerId"], message: "errors.employerNotFound" }]);
    const list = (await otherInspector({ method: "GET", url: "/api/inspections?pageSize=100" })).json();
    expect(list.items.some((i: { id: string }) => i.id === visit.id)).toBe(false);
    expect((await caseworker({ method: "GET", url: "/api/inspections" })).statusCode).toBe(403);
    expect((await plan(caseworker, { employerId: ownEmployerId })).statusCode).toBe(403);
    expect((await anonymous({ method: "GET", url: "/api/inspections" })).statusCode).toBe(401);
  });

  it("shows an employer only their own completed visits, without the inspectors' internal fields", async () => {
    const hidden = await planned();
    const started = (await patch(inspector, await planned(), { status: "in_progress" })).json();
    const { visit, action } = await completedVisit();
    const foreign = await completedVisit(otherEmployerId);

    const list = (await employerUser({ method: "GET", url: "/api/inspections?pageSize=100" })).json();
    const ids = list.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(visit.id);
    expect(ids).not.toContain(hidden.id);
    expect(ids).not.toContain(started.id);
    expect(ids).not.toContain(foreign.visit.id);
    expect((await employerUser({ method: "GET", url: "/api/inspections?queue=today" })).json().total).toBe(0);
    expectApiError(await employerUser({ method: "GET", url: `/api/inspections/${hidden.id}` }), 404, "not_found");
    expectApiError(await employerUser({ method: "GET", url: `/api/inspections/${started.id}` }), 404, "not_found");
    expectApiError(await employerUser({ method: "GET", url: `/api/inspections/${foreign.visit.id}` }), 404, "not_found");

    const response = await employerUser({ method: "GET", url: `/api/inspections/${visit.id}` });
    expect(response.statusCode, response.body).toBe(200);
    const seen = response.json();
    for (const field of ["summary", "evidence", "inspectorId", "grievanceId"]) expect(seen).not.toHaveProperty(field);
    expect(seen.checklist.find((c: { item: string }) => c.item === "accommodation")).toEqual({ item: "accommodation", result: "issue" });
    expect(response.body).not.toContain(INTERNAL_NOTE);
    expect(response.body).not.toContain(INTERNAL_SUMMARY);
    expect(seen.findings[0]).toMatchObject({ area: "accommodation", severity: "major" });
    expect(seen.correctiveActions.map((a: { id: string }) => a.id)).toEqual([action.id]);

    const staff = (await inspector({ method: "GET", url: `/api/inspections/${visit.id}` })).json();
    expect(staff).toMatchObject({ summary: INTERNAL_SUMMARY, grievanceId: null, evidence: [] });
    expect(typeof staff.inspectorId).toBe("string");

    const actions = (await employerUser({ method: "GET", url: "/api/corrective-actions?pageSize=100" })).json();
    expect(actions.items.every((a: { employerId: string }) => a.employerId === ownEmployerId)).toBe(true);
    expect(actions.items.map((a: { id: string }) => a.id)).toContain(action.id);
    expect((await employerUser({ method: "POST", url: "/api/inspections", payload: { employerId: ownEmployerId } })).statusCode).toBe(403);
  });
});

describe("corrective actions", () => {
  it("lets the employer answer their own items and the inspector or coordinator verify them", async () => {
    const { action } = await completedVisit();
    const foreign = await completedVisit(otherEmployerId);
    const respond = (request: Requester, a: { id: string; version: number }, text = "Rooms split, windows fitted") =>
      request({
        method: "POST",
        url: `/api/corrective-actions/${a.id}/response`,
        headers: ifMatch(a.version),
        payload: { response: text },
      });

    expectApiError(await respond(employerUser, foreign.action), 404, "not_found");
    expectApiError(await respond(inspector, action), 403, "forbidden");
    expectApiError(await respond(employerUser, { ...action, version: action.version + 1 }), 412, "precondition_failed");
    const answered = await respond(employerUser, action);
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: "answered", employerResponse: "Rooms split, windows fitted", overdue: false });
    expect(answered.json().respondedAt).not.toBeNull();

    const verify = (request: Requester, a: { id: string; version: number }, status: string) =>
      request({ method: "PATCH", url: `/api/corrective-actions/${a.id}`, headers: ifMatch(a.version), payload: { status } });
    expectApiError(await verify(employerUser, answered.json(), "verified"), 403, "forbidden");
    expectApiError(await verify(caseworker, answered.json(), "verified"), 403, "forbidden");
    expectApiError(await verify(otherInspector, answered.json(), "verified"), 404, "not_found");
    const notDone = await verify(inspector, answered.json(), "not_done");
    expect(notDone.json()).toMatchObject({ status: "not_done" });
    const again = await respond(employerUser, notDone.json(), "Fourth room opened too");
    expect(again.json()).toMatchObject({ status: "answered" });
    const verified = await verify(coordinator, again.json(), "verified");
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ status: "verified" });
    expect(verified.json().verifiedAt).not.toBeNull();
    expectApiError(await respond(employerUser, verified.json()), 409, "invalid_transition");
    expectApiError(
      await inspector({
        method: "PATCH",
        url: `/api/corrective-actions/${action.id}`,
        headers: ifMatch(verified.json().version),
        payload: { dueDate: day(60) },
      }),
      409,
      "invalid_transition",
    );
    const audit = await auditTrailOf(world, action.id, "corrective_action.respond");
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain("windows");
  });

  it("derives overdue from the due date and lists overdue items", async () => {
    const { action: late } = await completedVisit(otherEmployerId, day(-1));
    const { action: onTime } = await completedVisit(otherEmployerId, day(0));
    expect(late.overdue).toBe(true);
    expect(onTime.overdue).toBe(false);
    const overdue = (await inspector({ method: "GET", url: `/api/corrective-actions?employerId=${otherEmployerId}&overdue=true` })).json();
    const ids = overdue.items.map((a: { id: string }) => a.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(onTime.id);
    const cancelled = await inspector({
      method: "PATCH",
      url: `/api/corrective-actions/${late.id}`,
      headers: ifMatch(late.version),
      payload: { status: "cancelled" },
    });
    expect(cancelled.json()).toMatchObject({ status: "cancelled", overdue: false });
  });
});

/** A multipart/form-data body as a phone's browser sends it. */
function multipart(kind: string, file: { name: string; type: string; bytes: Buffer }) {
  const boundary = "----inspection-evidence-boundary";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, payload };
}

async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: { r: 90, g: 140, b: 60 } } })
    .jpeg()
    .withExifMerge({
      IFD0: { Make: "PhoneMaker", Model: "Field 7" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "38/1 3/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "21/1 21/1 0/1" },
    })
    .toBuffer();
}

describe("evidence", () => {
  it("stores a photo without EXIF or GPS, serves it through a short-lived link to staff only", async () => {
    const visit = await planned();
    const send = (request: Requester, id: string, kind: string, file: { name: string; type: string; bytes: Buffer }, query = "") => {
      const body = multipart(kind, file);
      return request({ method: "POST", url: `/api/inspections/${id}/evidence${query}`, ...body });
    };
    const original = await photoWithGps();
    expectApiError(
      await send(inspector, visit.id, "photo", { name: "a.jpg", type: "image/jpeg", bytes: original }),
      409,
      "invalid_transition",
    );
    const started = (await patch(inspector, visit, { status: "in_progress" })).json();
    const finding = (
      await inspector({
        method: "POST",
        url: `/api/inspections/${started.id}/findings`,
        payload: { area: "safety", severity: "minor", description: "Water tank empty" },
      })
    ).json();

    const response = await send(
      inspector,
      visit.id,
      "photo",
      { name: "IMG_0042.jpeg", type: "image/jpeg", bytes: original },
      `?findingId=${finding.id}`,
    );
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ findingId: finding.id, mediaType: "image/jpeg", fileName: "IMG_0042.jpg" });
    const [row] = await world.connection.db.select().from(inspectionEvidence).where(eq(inspectionEvidence.id, created.id));
    const stored = row?.bytes as Buffer;
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(stored.includes("PhoneMaker")).toBe(false);

    const fake = Buffer.from("#!/bin/sh\necho not a photo\n");
    expectApiError(
      await send(inspector, visit.id, "photo", { name: "x.jpg", type: "image/jpeg", bytes: fake }),
      415,
      "unsupported_media_type",
    );
    expectApiError(await send(otherInspector, visit.id, "photo", { name: "a.jpg", type: "image/jpeg", bytes: original }), 404, "not_found");
    expectApiError(await send(caseworker, visit.id, "photo", { name: "a.jpg", type: "image/jpeg", bytes: original }), 403, "forbidden");

    const detail: InspectionDetail = (await inspector({ method: "GET", url: `/api/inspections/${visit.id}` })).json();
    const url = detail.evidence?.[0]?.url ?? "";
    expect(detail.evidence?.[0]?.id).toBe(created.id);
    const file = await anonymous({ method: "GET", url });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/jpeg");
    expect(file.rawPayload.equals(stored)).toBe(true);
    const tampered = withChangedSignature(url);
    expect((await anonymous({ method: "GET", url: tampered })).statusCode).toBe(404);
    // A link to evidence is no link to a worker's document, and the other way round.
    expect((await anonymous({ method: "GET", url: url.replace("/api/inspection-files/", "/api/files/") })).statusCode).toBe(404);
    expect((await auditTrailOf(world, created.id, "inspection.evidence.download")).length).toBe(1);
  });
});
