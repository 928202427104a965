import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Employer } from "../../src/core/employers/employer-schemas.js";
import type { OfferView } from "../../src/core/offers/offer-schemas.js";
import { findOfferWithSite, listPublishedOffersForMatching } from "../../src/db/repositories/offer-repository.js";
import { offerStatusEvents } from "../../src/db/schema/offers.js";
import {
  auditTrailOf,
  expectApiError,
  FRUIT_PICKER,
  ifMatch,
  moveOffer,
  offerInputFor,
  type Requester,
  recordOffer,
  registerEmployer,
  signInAsEmployer,
  VINEYARD_WORKER,
} from "../support/employers-and-offers.js";
import { createTestWorld, signInEveryRole, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworker: Requester;
let coordinator: Requester;
let inspector: Requester;
let partner: Requester;
let otherCentreCaseworker: Requester;
let admin: Requester;
let analyst: Requester;
let anonymous: Requester;
/** Two employers of centre A, each with its own portal account, and one of centre B. */
let citrusFarm: Employer;
let packingHouse: Employer;
let foreignEmployer: Employer;
let citrusFarmAccount: Requester;
let packingHouseAccount: Requester;

const MISSING_ID = "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  world = await createTestWorld();
  ({ caseworker, coordinator, inspector, partner, otherCentreCaseworker, admin, analyst, anonymous } = await signInEveryRole(world));
  citrusFarm = await registerEmployer(caseworker, {
    legalName: "Laconia Citrus",
    sector: "A01",
    sites: [
      { name: "Skala groves", regionCode: "EL653", address: "", latitude: 36.85, longitude: 22.66 },
      { name: "Molaoi groves", regionCode: "EL653", address: "", latitude: null, longitude: null },
    ],
  });
  packingHouse = await registerEmployer(caseworker, { legalName: "Argos Packing", sector: "packing" });
  foreignEmployer = await registerEmployer(otherCentreCaseworker, {
    legalName: "Finca Huelva",
    sites: [{ name: "Invernadero", regionCode: "ES615", address: "", latitude: null, longitude: null }],
  });
  citrusFarmAccount = await signInAsEmployer(world, caseworker, citrusFarm);
  packingHouseAccount = await signInAsEmployer(world, caseworker, packingHouse);
});
afterAll(() => world.close());

function siteOf(employer: Employer, index = 0) {
  const site = employer.sites[index];
  if (!site) throw new Error("no such site");
  return site;
}

async function statusEventsOf(offerId: string) {
  return world.connection.db
    .select()
    .from(offerStatusEvents)
    .where(eq(offerStatusEvents.offerId, offerId))
    .orderBy(asc(offerStatusEvents.at), asc(offerStatusEvents.id));
}

async function readAsCentreB(id: string): Promise<OfferView> {
  return (await otherCentreCaseworker({ method: "GET", url: `/api/offers/${id}` })).json();
}

const ids = (page: { items: OfferView[] }) => page.items.map((o) => o.id);

describe("listing offers", () => {
  it("staff see the centre's offers with employer, site and region, never another centre's", async () => {
    const own = await recordOffer(caseworker, citrusFarm);
    const foreign = await recordOffer(otherCentreCaseworker, foreignEmployer);
    const response = await coordinator({ method: "GET", url: "/api/offers?pageSize=100" });
    expect(response.statusCode).toBe(200);
    expect(ids(response.json())).toContain(own.id);
    expect(ids(response.json())).not.toContain(foreign.id);
    const listed = response.json().items.find((o: OfferView) => o.id === own.id);
    expect(listed).toMatchObject({
      employerName: "Laconia Citrus",
      siteName: "Skala groves",
      regionCode: "EL653",
      allowedTransitions: ["submitted", "closed"],
    });
  });

  it("an employer sees only its own offers", async () => {
    const mine = await recordOffer(caseworker, packingHouse, { title: "Packers for the grading line" });
    const theirs = await recordOffer(caseworker, citrusFarm);
    const all = (await packingHouseAccount({ method: "GET", url: "/api/offers?pageSize=100" })).json();
    expect(ids(all)).toContain(mine.id);
    expect(ids(all)).not.toContain(theirs.id);
    expect(all.items.every((o: OfferView) => o.employerId === packingHouse.id)).toBe(true);
    const asking = (await packingHouseAccount({ method: "GET", url: `/api/offers?employerId=${citrusFarm.id}` })).json();
    expect(asking).toMatchObject({ items: [], total: 0 });
  });

  it("an inspector sees the centre's offers but is offered no move", async () => {
    const own = await recordOffer(caseworker, citrusFarm);
    const page = (await inspector({ method: "GET", url: "/api/offers?pageSize=100" })).json();
    const listed = page.items.find((o: OfferView) => o.id === own.id);
    expect(listed.allowedTransitions).toEqual([]);
  });

  it("filters by text, status, employer, occupation and dates", async () => {
    const olives = await recordOffer(caseworker, citrusFarm, {
      title: "Ελαιοσυλλογή Μολάων",
      occupationUri: FRUIT_PICKER,
      startDate: "2027-11-01",
      endDate: "2027-12-20",
    });
    const packers = await recordOffer(caseworker, packingHouse, {
      title: "Grading line packers",
      occupationUri: VINEYARD_WORKER,
      startDate: "2027-06-01",
      endDate: "2027-08-31",
    });
    await moveOffer(caseworker, packers.id, "submitted");
    const list = async (query: string) => (await caseworker({ method: "GET", url: `/api/offers?pageSize=100&${query}` })).json();

    expect(ids(await list(`q=${encodeURIComponent("ελαιοσυλλογη")}`))).toEqual([olives.id]);
    expect(ids(await list("q=argos%20packing"))).toContain(packers.id);
    const submitted = await list("status=submitted");
    expect(ids(submitted)).toContain(packers.id);
    expect(submitted.items.every((o: OfferView) => o.status === "submitted")).toBe(true);
    const ofPackingHouse = await list(`employerId=${packingHouse.id}`);
    expect(ofPackingHouse.items.every((o: OfferView) => o.employerId === packingHouse.id)).toBe(true);
    expect(ids(ofPackingHouse)).toContain(packers.id);
    const ofPackers = await list(`occupation=${encodeURIComponent(VINEYARD_WORKER)}`);
    expect(ofPackers.items.every((o: OfferView) => o.occupationUri === VINEYARD_WORKER)).toBe(true);
    // Dates select offers whose work overlaps the window.
    expect(ids(await list("from=2027-12-01&to=2028-01-31"))).toEqual([olives.id]);
    expect(ids(await list("from=2027-08-15&to=2027-08-20"))).toEqual([packers.id]);
    expect(ids(await list("from=2027-09-01&to=2027-10-31"))).toEqual([]);
  });

  it("is paginated, soonest work first", async () => {
    for (const [title, startDate] of [
      ["Pagination C", "2030-03-01"],
      ["Pagination A", "2030-01-01"],
      ["Pagination B", "2030-02-01"],
    ] as const) {
      await recordOffer(caseworker, citrusFarm, { title, startDate, endDate: "2030-06-30" });
    }
    const first = (await caseworker({ method: "GET", url: "/api/offers?q=pagination&pageSize=2&page=1" })).json();
    const second = (await caseworker({ method: "GET", url: "/api/offers?q=pagination&pageSize=2&page=2" })).json();
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items.map((o: OfferView) => o.title)).toEqual(["Pagination A", "Pagination B"]);
    expect(second.items.map((o: OfferView) => o.title)).toEqual(["Pagination C"]);
  });

  it("refuses an unknown status, a malformed date or employer id, with translation keys", async () => {
    const response = await caseworker({ method: "GET", url: "/api/offers?status=open&from=next-week&employerId=42" });
    expectApiError(response, 400, "validation_failed", [
      { path: ["status"], message: "errors.invalidValue" },
      { path: ["from"], message: "errors.invalidValue" },
      { path: ["employerId"], message: "errors.invalidValue" },
    ]);
  });

  it("is refused to partners and network roles", async () => {
    for (const request of [partner, admin, analyst]) expectApiError(await request({ method: "GET", url: "/api/offers" }), 403, "forbidden");
  });

  it("asks anonymous visitors to sign in", async () => {
    expectApiError(await anonymous({ method: "GET", url: "/api/offers" }), 401, "unauthenticated");
  });
});

describe("recording an offer", () => {
  it("staff record a draft for an employer of the centre; its first status and the audit entry are written", async () => {
    const response = await caseworker({
      method: "POST",
      url: "/api/offers",
      payload: offerInputFor(citrusFarm, { siteId: siteOf(citrusFarm, 1).id }),
    });
    expect(response.statusCode).toBe(201);
    const created: OfferView = response.json();
    expect(created).toMatchObject({
      status: "draft",
      version: 1,
      centreId: world.centreA.id,
      employerId: citrusFarm.id,
      employerName: "Laconia Citrus",
      siteName: "Molaoi groves",
      regionCode: "EL653",
      payAmountCents: 5_400,
      allowedTransitions: ["submitted", "closed"],
    });
    expect(response.headers.etag).toBe('"1"');
    expect((await statusEventsOf(created.id)).map((e) => [e.fromStatus, e.toStatus])).toEqual([[null, "draft"]]);
    expect(await auditTrailOf(world, created.id, "offer.create")).toHaveLength(1);
  });

  it("an employer records an offer of its own, but not for another employer", async () => {
    const own = await citrusFarmAccount({ method: "POST", url: "/api/offers", payload: offerInputFor(citrusFarm) });
    expect(own.statusCode).toBe(201);
    expect(own.json().allowedTransitions).toEqual(["submitted", "closed"]);
    const forOther = await citrusFarmAccount({ method: "POST", url: "/api/offers", payload: offerInputFor(packingHouse) });
    expectApiError(forOther, 400, "validation_failed", [{ path: ["employerId"], message: "errors.employerNotFound" }]);
  });

  it("refuses a site of another employer", async () => {
    const response = await caseworker({
      method: "POST",
      url: "/api/offers",
      payload: offerInputFor(citrusFarm, { siteId: siteOf(packingHouse).id }),
    });
    expectApiError(response, 400, "validation_failed", [{ path: ["siteId"], message: "errors.siteNotOfEmployer" }]);
  });

  it("refuses an employer of another centre, exactly like one that does not exist, and records nothing", async () => {
    const before = (await otherCentreCaseworker({ method: "GET", url: "/api/offers" })).json().total;
    const foreign = await caseworker({ method: "POST", url: "/api/offers", payload: offerInputFor(foreignEmployer) });
    const missing = await caseworker({
      method: "POST",
      url: "/api/offers",
      payload: { ...offerInputFor(foreignEmployer), employerId: MISSING_ID },
    });
    expectApiError(foreign, 400, "validation_failed", [{ path: ["employerId"], message: "errors.employerNotFound" }]);
    expect(foreign.json()).toEqual(missing.json());
    expect((await otherCentreCaseworker({ method: "GET", url: "/api/offers" })).json().total).toBe(before);
  });

  it("refuses reversed dates, zero pay and a piece rate without productivity, with translation keys", async () => {
    const reversed = await caseworker({
      method: "POST",
      url: "/api/offers",
      payload: offerInputFor(citrusFarm, { startDate: "2026-12-01", endDate: "2026-11-01" }),
    });
    expectApiError(reversed, 400, "validation_failed", [{ path: ["endDate"], message: "errors.dateRangeReversed" }]);
    const unpaid = await caseworker({ method: "POST", url: "/api/offers", payload: offerInputFor(citrusFarm, { payAmountCents: 0 }) });
    expectApiError(unpaid, 400, "validation_failed", [{ path: ["payAmountCents"], message: "errors.payPositive" }]);
    const pieceRate = await caseworker({
      method: "POST",
      url: "/api/offers",
      payload: offerInputFor(citrusFarm, { payUnit: "piece", payAmountCents: 80 }),
    });
    expectApiError(pieceRate, 400, "validation_failed", [{ path: ["piecesPerHour"], message: "errors.pieceRateNeedsProductivity" }]);
  });

  it("refuses an occupation or skill that ESCO does not know", async () => {
    const response = await caseworker({
      method: "POST",
      url: "/api/offers",
      payload: offerInputFor(citrusFarm, {
        occupationUri: "http://data.europa.eu/esco/occupation/no-such-job",
        requiredSkills: ["http://data.europa.eu/esco/skill/no-such-skill"],
      }),
    });
    expectApiError(response, 400, "validation_failed", [
      { path: ["occupationUri"], message: "errors.unknownOccupation" },
      { path: ["requiredSkills", 0], message: "errors.unknownSkill" },
    ]);
    const created = await recordOffer(caseworker, citrusFarm);
    const patch = await caseworker({
      method: "PATCH",
      url: `/api/offers/${created.id}`,
      headers: { "if-match": '"1"' },
      payload: { occupationUri: "http://data.europa.eu/esco/occupation/no-such-job" },
    });
    expectApiError(patch, 400, "validation_failed", [{ path: ["occupationUri"], message: "errors.unknownOccupation" }]);
  });

  it("is refused to inspectors, partners and network roles", async () => {
    for (const request of [inspector, partner, admin, analyst]) {
      expectApiError(await request({ method: "POST", url: "/api/offers", payload: offerInputFor(citrusFarm) }), 403, "forbidden");
    }
  });

  it("asks anonymous visitors to sign in", async () => {
    expectApiError(await anonymous({ method: "POST", url: "/api/offers", payload: offerInputFor(citrusFarm) }), 401, "unauthenticated");
  });
});

describe("reading an offer", () => {
  it("staff, inspectors and the owning employer read an offer with its version", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    for (const request of [caseworker, coordinator, inspector, citrusFarmAccount]) {
      const response = await request({ method: "GET", url: `/api/offers/${created.id}` });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ id: created.id, title: created.title, siteName: "Skala groves" });
      expect(response.headers.etag).toBe('"1"');
    }
  });

  it("shows each reader the moves open to them", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    await moveOffer(caseworker, created.id, "submitted", "checked");
    const read = async (request: Requester) =>
      (await request({ method: "GET", url: `/api/offers/${created.id}` })).json().allowedTransitions.sort();
    expect(await read(coordinator)).toEqual(["draft", "published"]);
    expect(await read(citrusFarmAccount)).toEqual(["draft"]);
    expect(await read(inspector)).toEqual([]);
  });

  it("another employer's offer answers 404 to an employer", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    expectApiError(await packingHouseAccount({ method: "GET", url: `/api/offers/${created.id}` }), 404, "not_found");
  });

  it("another centre's offer answers 404, exactly like one that does not exist, and the attempt is audited", async () => {
    const foreignOffer = await recordOffer(otherCentreCaseworker, foreignEmployer);
    const foreign = await caseworker({ method: "GET", url: `/api/offers/${foreignOffer.id}` });
    const missing = await caseworker({ method: "GET", url: `/api/offers/${MISSING_ID}` });
    expectApiError(foreign, 404, "not_found");
    expect(foreign.json()).toEqual(missing.json());
    expect((await auditTrailOf(world, foreignOffer.id, "offer.read")).map((e) => e.outcome)).toEqual(["denied"]);
  });

  it("refuses an id that is not a UUID", async () => {
    expectApiError(await caseworker({ method: "GET", url: "/api/offers/latest" }), 400, "validation_failed", [
      { path: ["id"], message: "errors.invalidValue" },
    ]);
  });

  it("is refused to partners and network roles", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    for (const request of [partner, admin, analyst])
      expectApiError(await request({ method: "GET", url: `/api/offers/${created.id}` }), 403, "forbidden");
  });

  it("asks anonymous visitors to sign in", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    expectApiError(await anonymous({ method: "GET", url: `/api/offers/${created.id}` }), 401, "unauthenticated");
  });
});

describe("changing a draft offer", () => {
  it("staff change a draft with the version read; the version moves on and the change is audited", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    const response = await caseworker({
      method: "PATCH",
      url: `/api/offers/${created.id}`,
      headers: { "if-match": '"1"' },
      payload: { positions: 10, payAmountCents: 5_800, siteId: siteOf(citrusFarm, 1).id },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ positions: 10, payAmountCents: 5_800, siteName: "Molaoi groves", version: 2, status: "draft" });
    expect(response.headers.etag).toBe('"2"');
    expect((await auditTrailOf(world, created.id, "offer.update")).map((e) => e.details)).toEqual([
      { fields: "payAmountCents,positions,siteId" },
    ]);
  });

  it("a change touches only the fields sent: everything else stays as stored", async () => {
    const created = await recordOffer(caseworker, citrusFarm, {
      tasks: "Pruning and picking",
      mealsProvided: true,
      requiredCertificates: ["first_aid"],
      minYearsExperience: 2,
    });
    const response = await caseworker({
      method: "PATCH",
      url: `/api/offers/${created.id}`,
      headers: ifMatch(1),
      payload: { positions: 2 },
    });
    expect(response.statusCode).toBe(200);
    const { version, updatedAt, positions, ...rest } = response.json();
    const { version: v0, updatedAt: u0, positions: p0, ...before } = created;
    expect(rest).toEqual(before);
    expect(positions).toBe(2);
  });

  it("the owning employer changes its own draft", async () => {
    const created = await recordOffer(citrusFarmAccount, citrusFarm);
    const response = await citrusFarmAccount({
      method: "PATCH",
      url: `/api/offers/${created.id}`,
      headers: ifMatch(1),
      payload: { tasks: "Picking, crating and loading" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().tasks).toBe("Picking, crating and loading");
  });

  it("checks the changed offer as a whole: an end date before the stored start date is refused", async () => {
    const created = await recordOffer(caseworker, citrusFarm, { startDate: "2026-11-02", endDate: "2027-02-26" });
    const response = await caseworker({
      method: "PATCH",
      url: `/api/offers/${created.id}`,
      headers: ifMatch(1),
      payload: { endDate: "2026-10-01" },
    });
    expectApiError(response, 400, "validation_failed", [{ path: ["endDate"], message: "errors.dateRangeReversed" }]);
  });

  it("refuses a site of another employer, a change of employer and a malformed field", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    expectApiError(
      await caseworker({
        method: "PATCH",
        url: `/api/offers/${created.id}`,
        headers: ifMatch(1),
        payload: { siteId: siteOf(packingHouse).id },
      }),
      400,
      "validation_failed",
      [{ path: ["siteId"], message: "errors.siteNotOfEmployer" }],
    );
    expectApiError(
      await caseworker({
        method: "PATCH",
        url: `/api/offers/${created.id}`,
        headers: ifMatch(1),
        payload: { employerId: packingHouse.id },
      }),
      400,
      "validation_failed",
    );
    expectApiError(
      await caseworker({ method: "PATCH", url: `/api/offers/${created.id}`, headers: ifMatch(1), payload: { positions: 0 } }),
      400,
      "validation_failed",
      [{ path: ["positions"], message: "errors.invalidValue" }],
    );
  });

  it("refuses to overwrite a change made since the client read the offer", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    await caseworker({ method: "PATCH", url: `/api/offers/${created.id}`, headers: ifMatch(1), payload: { positions: 3 } });
    const stale = await coordinator({
      method: "PATCH",
      url: `/api/offers/${created.id}`,
      headers: { "if-match": '"1"' },
      payload: { positions: 9 },
    });
    expectApiError(stale, 412, "precondition_failed", [{ path: [], message: "errors.staleVersion" }]);
    expect((await caseworker({ method: "GET", url: `/api/offers/${created.id}` })).json().positions).toBe(3);
  });

  it("a published offer cannot be changed: it goes back to draft first", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    await moveOffer(caseworker, created.id, "submitted", "checked", "published");
    const response = await caseworker({
      method: "PATCH",
      url: `/api/offers/${created.id}`,
      headers: ifMatch(4),
      payload: { payAmountCents: 4_000 },
    });
    expectApiError(response, 409, "invalid_transition", [{ path: [], message: "errors.offerNotEditable" }]);
    expect((await caseworker({ method: "GET", url: `/api/offers/${created.id}` })).json().payAmountCents).toBe(5_400);
  });

  it("a submitted offer cannot be changed by its employer either", async () => {
    const created = await recordOffer(citrusFarmAccount, citrusFarm);
    await moveOffer(citrusFarmAccount, created.id, "submitted");
    expectApiError(
      await citrusFarmAccount({ method: "PATCH", url: `/api/offers/${created.id}`, headers: ifMatch(2), payload: { positions: 2 } }),
      409,
      "invalid_transition",
    );
  });

  it("is refused to inspectors, partners and network roles", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    for (const request of [inspector, partner, admin, analyst]) {
      expectApiError(await request({ method: "PATCH", url: `/api/offers/${created.id}`, payload: { positions: 2 } }), 403, "forbidden");
    }
  });

  it("another employer's or another centre's offer answers 404 and is left unchanged", async () => {
    const neighbours = await recordOffer(caseworker, citrusFarm);
    expectApiError(
      await packingHouseAccount({ method: "PATCH", url: `/api/offers/${neighbours.id}`, headers: ifMatch(1), payload: { positions: 1 } }),
      404,
      "not_found",
    );
    const foreignOffer = await recordOffer(otherCentreCaseworker, foreignEmployer);
    expectApiError(
      await caseworker({ method: "PATCH", url: `/api/offers/${foreignOffer.id}`, headers: ifMatch(1), payload: { positions: 1 } }),
      404,
      "not_found",
    );
    expect(await readAsCentreB(foreignOffer.id)).toMatchObject({ positions: foreignOffer.positions, version: 1 });
    expect((await auditTrailOf(world, foreignOffer.id, "offer.update")).map((e) => e.outcome)).toEqual(["denied"]);
  });

  it("asks anonymous visitors to sign in", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    expectApiError(
      await anonymous({ method: "PATCH", url: `/api/offers/${created.id}`, payload: { positions: 2 } }),
      401,
      "unauthenticated",
    );
  });
});

describe("moving an offer through its lifecycle", () => {
  it("goes draft → submitted → checked → published → filled → closed, each move recorded with its audit entry", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    const published = await moveOffer(caseworker, created.id, "submitted", "checked", "published");
    expect(published).toMatchObject({ status: "published", version: 4 });
    expect(published.allowedTransitions.sort()).toEqual(["closed", "filled"]);
    const filled = await moveOffer(coordinator, created.id, "filled");
    expect(filled.allowedTransitions.sort()).toEqual(["closed", "published"]);
    const closed = await moveOffer(citrusFarmAccount, created.id, "closed");
    expect(closed).toMatchObject({ status: "closed", allowedTransitions: [] });

    const events = await statusEventsOf(created.id);
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, "draft"],
      ["draft", "submitted"],
      ["submitted", "checked"],
      ["checked", "published"],
      ["published", "filled"],
      ["filled", "closed"],
    ]);
    expect(events.every((e) => e.centreId === world.centreA.id && typeof e.byUserId === "string")).toBe(true);
    const audit = await auditTrailOf(world, created.id, "offer.transition");
    expect(audit.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { from: "checked", to: "published" },
        { from: "filled", to: "closed" },
      ]),
    );
    expect(audit).toHaveLength(5);
  });

  it("a draft may be closed without being published", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    expect((await moveOffer(caseworker, created.id, "closed")).status).toBe("closed");
  });

  it("an employer submits its offer but cannot check or publish it", async () => {
    const created = await recordOffer(citrusFarmAccount, citrusFarm);
    await moveOffer(citrusFarmAccount, created.id, "submitted");
    expectApiError(
      await citrusFarmAccount({
        method: "POST",
        url: `/api/offers/${created.id}/transitions`,
        headers: ifMatch(2),
        payload: { to: "checked" },
      }),
      409,
      "invalid_transition",
      [{ path: ["to"], message: "errors.transitionNotAllowed" }],
    );
    await moveOffer(caseworker, created.id, "checked");
    const publish = await citrusFarmAccount({
      method: "POST",
      url: `/api/offers/${created.id}/transitions`,
      headers: ifMatch(3),
      payload: { to: "published" },
    });
    expectApiError(publish, 409, "invalid_transition", [{ path: ["to"], message: "errors.transitionNotAllowed" }]);
    expect(publish.json().error.details[0].params).toEqual({ from: "checked", to: "published" });
    expect((await caseworker({ method: "GET", url: `/api/offers/${created.id}` })).json().status).toBe("checked");
    expect((await statusEventsOf(created.id)).map((e) => e.toStatus)).toEqual(["draft", "submitted", "checked"]);
  });

  it("an employer may pull its checked offer back to draft to change it", async () => {
    const created = await recordOffer(citrusFarmAccount, citrusFarm);
    await moveOffer(citrusFarmAccount, created.id, "submitted");
    await moveOffer(caseworker, created.id, "checked");
    await moveOffer(citrusFarmAccount, created.id, "draft");
    const changed = await citrusFarmAccount({
      method: "PATCH",
      url: `/api/offers/${created.id}`,
      headers: ifMatch(4),
      payload: { positions: 4 },
    });
    expect(changed.statusCode).toBe(200);
  });

  it("no step may be skipped, and a closed offer stays closed", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    expectApiError(
      await caseworker({ method: "POST", url: `/api/offers/${created.id}/transitions`, headers: ifMatch(1), payload: { to: "published" } }),
      409,
      "invalid_transition",
    );
    await moveOffer(caseworker, created.id, "closed");
    expectApiError(
      await caseworker({ method: "POST", url: `/api/offers/${created.id}/transitions`, headers: ifMatch(2), payload: { to: "draft" } }),
      409,
      "invalid_transition",
    );
  });

  it("refuses an unknown status and a stale If-Match", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    expectApiError(
      await caseworker({ method: "POST", url: `/api/offers/${created.id}/transitions`, payload: { to: "archived" } }),
      400,
      "validation_failed",
      [{ path: ["to"], message: "errors.invalidValue" }],
    );
    expectApiError(
      await caseworker({ method: "POST", url: `/api/offers/${created.id}/transitions`, payload: {} }),
      400,
      "validation_failed",
    );
    await moveOffer(caseworker, created.id, "submitted");
    const stale = await caseworker({
      method: "POST",
      url: `/api/offers/${created.id}/transitions`,
      headers: { "if-match": '"1"' },
      payload: { to: "checked" },
    });
    expectApiError(stale, 412, "precondition_failed", [{ path: [], message: "errors.staleVersion" }]);
  });

  it("is refused to inspectors, partners and network roles", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    for (const request of [inspector, partner, admin, analyst]) {
      expectApiError(
        await request({ method: "POST", url: `/api/offers/${created.id}/transitions`, payload: { to: "submitted" } }),
        403,
        "forbidden",
      );
    }
    expect(await statusEventsOf(created.id)).toHaveLength(1);
  });

  it("another employer's or another centre's offer answers 404 and does not move", async () => {
    const neighbours = await recordOffer(caseworker, citrusFarm);
    expectApiError(
      await packingHouseAccount({
        method: "POST",
        url: `/api/offers/${neighbours.id}/transitions`,
        headers: ifMatch(1),
        payload: { to: "submitted" },
      }),
      404,
      "not_found",
    );
    const foreignOffer = await recordOffer(otherCentreCaseworker, foreignEmployer);
    expectApiError(
      await caseworker({
        method: "POST",
        url: `/api/offers/${foreignOffer.id}/transitions`,
        headers: ifMatch(1),
        payload: { to: "closed" },
      }),
      404,
      "not_found",
    );
    expect((await readAsCentreB(foreignOffer.id)).status).toBe("draft");
    expect(await statusEventsOf(foreignOffer.id)).toHaveLength(1);
  });

  it("asks anonymous visitors to sign in", async () => {
    const created = await recordOffer(caseworker, citrusFarm);
    expectApiError(
      await anonymous({ method: "POST", url: `/api/offers/${created.id}/transitions`, payload: { to: "submitted" } }),
      401,
      "unauthenticated",
    );
  });
});

describe("offers for matching", () => {
  it("lists the centre's published offers with the site's place and the employer's sector", async () => {
    const published = await recordOffer(caseworker, citrusFarm, { title: "Published for matching" });
    await moveOffer(caseworker, published.id, "submitted", "checked", "published");
    const draft = await recordOffer(caseworker, citrusFarm);
    // A Spanish seasonal day's pay is at least €57.82 from 2026 (the offer check refuses less).
    const foreign = await recordOffer(otherCentreCaseworker, foreignEmployer, { payAmountCents: 5_900 });
    await moveOffer(otherCentreCaseworker, foreign.id, "submitted", "checked", "published");

    const offers = await listPublishedOffersForMatching(world.connection.db, { centreId: world.centreA.id });
    const offerIds = offers.map((o) => o.id);
    expect(offerIds).toContain(published.id);
    expect(offerIds).not.toContain(draft.id);
    expect(offerIds).not.toContain(foreign.id);
    expect(offers.every((o) => o.status === "published" && o.centreId === world.centreA.id)).toBe(true);
    expect(offers.find((o) => o.id === published.id)).toMatchObject({
      sector: "A01",
      location: { lat: 36.85, lon: 22.66 },
      siteName: "Skala groves",
    });
  });

  it("finds one offer with its place and sector; a site without coordinates has no location", async () => {
    const packing = await recordOffer(caseworker, packingHouse);
    const noPlace = await recordOffer(caseworker, citrusFarm, { siteId: siteOf(citrusFarm, 1).id });
    expect(await findOfferWithSite(world.connection.db, packing.id)).toMatchObject({
      id: packing.id,
      sector: "packing",
      location: { lat: 37.07, lon: 22.43 },
    });
    expect(await findOfferWithSite(world.connection.db, noPlace.id)).toMatchObject({ sector: "A01", location: null });
    expect(await findOfferWithSite(world.connection.db, MISSING_ID)).toBeNull();
  });
});
