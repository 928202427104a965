import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Employer } from "../../src/core/employers/employer-schemas.js";
import { listEmployers } from "../../src/db/repositories/employer-repository.js";
import { auditEntries } from "../../src/db/schema/audit.js";
import { accounts, users } from "../../src/db/schema/auth.js";
import {
  auditTrailOf,
  employerInputWith,
  expectApiError,
  ifMatch,
  type Requester,
  registerEmployer,
  signInAsEmployer,
} from "../support/employers-and-offers.js";
import { as, createTestWorld, signIn, signInEveryRole, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworker: Requester;
let coordinator: Requester;
let inspector: Requester;
let partner: Requester;
let otherCentreCaseworker: Requester;
let admin: Requester;
let analyst: Requester;
let anonymous: Requester;
/** An employer of centre B, which nobody at centre A may see. */
let foreignEmployer: Employer;

const MISSING_ID = "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  world = await createTestWorld();
  ({ caseworker, coordinator, inspector, partner, otherCentreCaseworker, admin, analyst, anonymous } = await signInEveryRole(world));
  foreignEmployer = await registerEmployer(otherCentreCaseworker, {
    legalName: "Finca Huelva Sur",
    sector: "A01",
    sites: [{ name: "Invernadero 1", regionCode: "ES615", address: "", latitude: null, longitude: null }],
  });
});
afterAll(() => world.close());

async function readAsCentreB(id: string): Promise<Employer> {
  return (await otherCentreCaseworker({ method: "GET", url: `/api/employers/${id}` })).json();
}

describe("listing employers", () => {
  it("staff see the employers of their own centre, never another centre's", async () => {
    const own = await registerEmployer(caseworker, { legalName: "Laconia Citrus Cooperative" });
    const response = await coordinator({ method: "GET", url: "/api/employers?pageSize=100" });
    expect(response.statusCode).toBe(200);
    const ids = response.json().items.map((e: Employer) => e.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(foreignEmployer.id);
    expect(response.json().items.find((e: Employer) => e.id === own.id).sites).toHaveLength(1);
  });

  it("an inspector sees the employers of the centre", async () => {
    const own = await registerEmployer(caseworker);
    const response = await inspector({ method: "GET", url: "/api/employers?pageSize=100" });
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((e: Employer) => e.id)).toContain(own.id);
  });

  it("a search ignores case and accents, in Greek as in Latin letters", async () => {
    const greek = await registerEmployer(caseworker, { legalName: "Αγρόκτημα Μήλων Τρίπολης" });
    const spanish = await registerEmployer(caseworker, { legalName: "Cooperativa José Núñez" });
    const byGreek = await caseworker({ method: "GET", url: `/api/employers?q=${encodeURIComponent("ΑΓΡΟΚΤΗΜΑ μηλων")}` });
    expect(byGreek.json().items.map((e: Employer) => e.id)).toEqual([greek.id]);
    const bySpanish = await caseworker({ method: "GET", url: "/api/employers?q=jose%20nunez" });
    expect(bySpanish.json().items.map((e: Employer) => e.id)).toEqual([spanish.id]);
  });

  it("a search finds an employer by its tax id", async () => {
    const found = await registerEmployer(caseworker, { taxId: "EL-TAXSEARCH-1" });
    const response = await caseworker({ method: "GET", url: "/api/employers?q=taxsearch" });
    expect(response.json().items.map((e: Employer) => e.id)).toEqual([found.id]);
  });

  it("filters by sector", async () => {
    const fishery = await registerEmployer(caseworker, { sector: "A03", legalName: "Gytheio Fishery" });
    const response = await caseworker({ method: "GET", url: "/api/employers?sector=A03&pageSize=100" });
    const items: Employer[] = response.json().items;
    expect(items.map((e) => e.id)).toContain(fishery.id);
    expect(items.every((e) => e.sector === "A03")).toBe(true);
  });

  it("is paginated, in a stable order", async () => {
    for (const name of ["Paginated Alpha", "Paginated Beta", "Paginated Gamma"]) await registerEmployer(caseworker, { legalName: name });
    const first = (await caseworker({ method: "GET", url: "/api/employers?q=paginated&page=1&pageSize=2" })).json();
    const second = (await caseworker({ method: "GET", url: "/api/employers?q=paginated&page=2&pageSize=2" })).json();
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items.map((e: Employer) => e.legalName)).toEqual(["Paginated Alpha", "Paginated Beta"]);
    expect(second.items.map((e: Employer) => e.legalName)).toEqual(["Paginated Gamma"]);
  });

  it("refuses an unknown sector or an oversized page with translation keys", async () => {
    expectApiError(await caseworker({ method: "GET", url: "/api/employers?sector=fishing" }), 400, "validation_failed", [
      { path: ["sector"], message: "errors.invalidValue" },
    ]);
    expectApiError(await caseworker({ method: "GET", url: "/api/employers?pageSize=1000" }), 400, "validation_failed", [
      { path: ["pageSize"], message: "errors.invalidValue" },
    ]);
  });

  it("is refused to roles that do not work with employers, and to employer accounts", async () => {
    for (const request of [partner, admin, analyst])
      expectApiError(await request({ method: "GET", url: "/api/employers" }), 403, "forbidden");
    const employerAccount = await signInAsEmployer(world, caseworker, await registerEmployer(caseworker));
    expectApiError(await employerAccount({ method: "GET", url: "/api/employers" }), 403, "forbidden");
  });

  it("scoped to an employer, the list holds that employer alone", async () => {
    const self = await registerEmployer(caseworker);
    await registerEmployer(caseworker);
    const page = await listEmployers(
      world.connection.db,
      { kind: "own-employer", centreId: world.centreA.id, employerId: self.id },
      {},
      { page: 1, pageSize: 100 },
    );
    expect(page.items.map((e) => e.id)).toEqual([self.id]);
    expect(page.total).toBe(1);
  });

  it("asks anonymous visitors to sign in", async () => {
    expectApiError(await anonymous({ method: "GET", url: "/api/employers" }), 401, "unauthenticated");
  });
});

describe("registering an employer", () => {
  it("a caseworker registers an employer with its sites, and the registration is audited", async () => {
    const input = employerInputWith({
      legalName: "Argolida Orchards",
      sites: [
        { name: "Packing house", regionCode: "EL651", address: "Nafplio", latitude: 37.56, longitude: 22.8 },
        { name: "Orange grove", regionCode: "EL651", address: "", latitude: null, longitude: null },
      ],
    });
    const response = await caseworker({ method: "POST", url: "/api/employers", payload: input });
    expect(response.statusCode).toBe(201);
    const created: Employer = response.json();
    expect(created).toMatchObject({ legalName: "Argolida Orchards", centreId: world.centreA.id, version: 1, taxId: input.taxId });
    expect(created.sites.map((s) => s.name).sort()).toEqual(["Orange grove", "Packing house"]);
    expect(created.sites.every((s) => typeof s.id === "string")).toBe(true);
    expect(response.headers.etag).toBe('"1"');
    const audit = await auditTrailOf(world, created.id, "employer.create");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: "allowed", centreId: world.centreA.id, entityType: "employer" });
  });

  it("a coordinator may register an employer too", async () => {
    await registerEmployer(coordinator);
  });

  it("a tax id is registered once per centre, whatever its case", async () => {
    const first = await registerEmployer(caseworker, { taxId: "EL998877" });
    const again = await coordinator({ method: "POST", url: "/api/employers", payload: employerInputWith({ taxId: "el998877" }) });
    expectApiError(again, 409, "conflict", [{ path: ["taxId"], message: "errors.taxIdTaken" }]);
    expect(first.taxId).toBe("EL998877");
    // The same company may register with another centre.
    await registerEmployer(otherCentreCaseworker, { taxId: "EL998877" });
  });

  it("needs at least one site", async () => {
    const response = await caseworker({ method: "POST", url: "/api/employers", payload: employerInputWith({ sites: [] }) });
    expectApiError(response, 400, "validation_failed", [{ path: ["sites"], message: "errors.atLeastOneSite" }]);
  });

  it("refuses a malformed tax id, e-mail, phone or region with translation keys", async () => {
    const input = employerInputWith();
    const response = await caseworker({
      method: "POST",
      url: "/api/employers",
      payload: {
        ...input,
        taxId: "12",
        contactEmail: "not-an-email",
        contactPhone: "0030 691",
        sites: [{ name: "Field", regionCode: "FR10" }],
      },
    });
    expectApiError(response, 400, "validation_failed", [
      { path: ["taxId"], message: "errors.taxId" },
      { path: ["contactEmail"], message: "errors.email" },
      { path: ["contactPhone"], message: "errors.phoneFormat" },
      { path: ["sites", 0, "regionCode"], message: "errors.nutsCode" },
    ]);
  });

  it("refuses a site in a region the product does not know", async () => {
    const response = await caseworker({
      method: "POST",
      url: "/api/employers",
      payload: employerInputWith({ sites: [{ name: "Field", regionCode: "EL999", address: "", latitude: null, longitude: null }] }),
    });
    expectApiError(response, 400, "validation_failed", [{ path: ["sites", 0, "regionCode"], message: "errors.unknownRegion" }]);
  });

  it("refuses fields it does not know", async () => {
    const response = await caseworker({ method: "POST", url: "/api/employers", payload: { ...employerInputWith(), fairWorkScore: 100 } });
    expectApiError(response, 400, "validation_failed");
  });

  it("is refused to inspectors, partners and network roles, and the refusal is audited", async () => {
    for (const request of [inspector, partner, admin, analyst]) {
      expectApiError(await request({ method: "POST", url: "/api/employers", payload: employerInputWith() }), 403, "forbidden");
    }
    const denied = await world.connection.db.select().from(auditEntries).where(eq(auditEntries.action, "employer.create"));
    expect(denied.some((entry) => entry.outcome === "denied" && entry.actorRole === "inspector")).toBe(true);
  });

  it("asks anonymous visitors to sign in", async () => {
    expectApiError(await anonymous({ method: "POST", url: "/api/employers", payload: employerInputWith() }), 401, "unauthenticated");
  });
});

describe("reading an employer", () => {
  it("staff and inspectors of the centre read an employer with its sites and version", async () => {
    const created = await registerEmployer(caseworker);
    for (const request of [caseworker, coordinator, inspector]) {
      const response = await request({ method: "GET", url: `/api/employers/${created.id}` });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(created);
      expect(response.headers.etag).toBe('"1"');
    }
  });

  it("another centre's employer answers 404, exactly like one that does not exist, and the attempt is audited", async () => {
    const foreign = await caseworker({ method: "GET", url: `/api/employers/${foreignEmployer.id}` });
    const missing = await caseworker({ method: "GET", url: `/api/employers/${MISSING_ID}` });
    expectApiError(foreign, 404, "not_found");
    expect(foreign.json()).toEqual(missing.json());
    const audit = await auditTrailOf(world, foreignEmployer.id, "employer.read");
    expect(audit.some((entry) => entry.outcome === "denied" && entry.centreId === world.centreA.id)).toBe(true);
  });

  it("an employer reads its own profile and no other employer's", async () => {
    const self = await registerEmployer(caseworker);
    const neighbour = await registerEmployer(caseworker);
    const employerAccount = await signInAsEmployer(world, caseworker, self);
    expect((await employerAccount({ method: "GET", url: `/api/employers/${self.id}` })).statusCode).toBe(200);
    expectApiError(await employerAccount({ method: "GET", url: `/api/employers/${neighbour.id}` }), 404, "not_found");
  });

  it("refuses an id that is not a UUID", async () => {
    expectApiError(await caseworker({ method: "GET", url: "/api/employers/farm-1" }), 400, "validation_failed", [
      { path: ["id"], message: "errors.invalidValue" },
    ]);
  });

  it("is refused to partners and network roles", async () => {
    const created = await registerEmployer(caseworker);
    for (const request of [partner, admin, analyst])
      expectApiError(await request({ method: "GET", url: `/api/employers/${created.id}` }), 403, "forbidden");
  });

  it("asks anonymous visitors to sign in", async () => {
    const created = await registerEmployer(caseworker);
    expectApiError(await anonymous({ method: "GET", url: `/api/employers/${created.id}` }), 401, "unauthenticated");
  });
});

describe("changing an employer", () => {
  it("a caseworker changes the profile with the version read; the version moves on and the change is audited", async () => {
    const created = await registerEmployer(caseworker);
    const response = await caseworker({
      method: "PATCH",
      url: `/api/employers/${created.id}`,
      headers: { "if-match": '"1"' },
      payload: { size: "medium", accommodationOffered: true },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ size: "medium", accommodationOffered: true, version: 2, legalName: created.legalName });
    expect(response.json().sites).toEqual(created.sites);
    expect(response.headers.etag).toBe('"2"');
    const audit = await auditTrailOf(world, created.id, "employer.update");
    expect(audit.map((entry) => entry.details)).toContainEqual({ fields: "accommodationOffered,size" });
  });

  it("a change touches only the fields sent: everything else stays as stored", async () => {
    const created = await registerEmployer(caseworker, { accommodationOffered: true, size: "medium" });
    const response = await caseworker({
      method: "PATCH",
      url: `/api/employers/${created.id}`,
      headers: ifMatch(1),
      payload: { contactName: "Giorgos Nikolaou" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ...created, contactName: "Giorgos Nikolaou", version: 2, updatedAt: expect.any(String) });
  });

  it("refuses to overwrite a change made since the client read the profile", async () => {
    const created = await registerEmployer(caseworker);
    await caseworker({ method: "PATCH", url: `/api/employers/${created.id}`, headers: { "if-match": '"1"' }, payload: { size: "large" } });
    const stale = await coordinator({
      method: "PATCH",
      url: `/api/employers/${created.id}`,
      headers: { "if-match": '"1"' },
      payload: { size: "micro" },
    });
    expectApiError(stale, 412, "precondition_failed", [{ path: [], message: "errors.staleVersion" }]);
    expect((await caseworker({ method: "GET", url: `/api/employers/${created.id}` })).json().size).toBe("large");
  });

  it("refuses a tax id another employer of the centre already has", async () => {
    const taken = await registerEmployer(caseworker);
    const created = await registerEmployer(caseworker);
    const response = await caseworker({
      method: "PATCH",
      url: `/api/employers/${created.id}`,
      headers: ifMatch(1),
      payload: { taxId: taken.taxId.toLowerCase() },
    });
    expectApiError(response, 409, "conflict", [{ path: ["taxId"], message: "errors.taxIdTaken" }]);
  });

  it("refuses malformed values, sites (they have their own endpoint) and a malformed If-Match", async () => {
    const created = await registerEmployer(caseworker);
    expectApiError(
      await caseworker({ method: "PATCH", url: `/api/employers/${created.id}`, payload: { contactEmail: "nobody" } }),
      400,
      "validation_failed",
      [{ path: ["contactEmail"], message: "errors.email" }],
    );
    expectApiError(
      await caseworker({ method: "PATCH", url: `/api/employers/${created.id}`, payload: { sites: [] } }),
      400,
      "validation_failed",
    );
    expectApiError(
      await caseworker({
        method: "PATCH",
        url: `/api/employers/${created.id}`,
        headers: { "if-match": "latest" },
        payload: { size: "large" },
      }),
      400,
      "validation_failed",
      [{ path: ["If-Match"], message: "errors.invalidValue" }],
    );
  });

  it("an employer keeps its contact details up to date but not the legal identity the centre vetted", async () => {
    const self = await registerEmployer(caseworker);
    const employerAccount = await signInAsEmployer(world, caseworker, self);
    const contact = await employerAccount({
      method: "PATCH",
      url: `/api/employers/${self.id}`,
      headers: ifMatch(1),
      payload: { contactPhone: "+306987654321" },
    });
    expect(contact.statusCode).toBe(200);
    expect(contact.json().contactPhone).toBe("+306987654321");
    const identity = await employerAccount({
      method: "PATCH",
      url: `/api/employers/${self.id}`,
      headers: ifMatch(2),
      payload: { legalName: "Another name", taxId: "EL000111" },
    });
    expectApiError(identity, 403, "forbidden", [
      { path: ["legalName"], message: "errors.fieldStaffOnly" },
      { path: ["taxId"], message: "errors.fieldStaffOnly" },
    ]);
  });

  it("is refused to inspectors, partners and network roles", async () => {
    const created = await registerEmployer(caseworker);
    for (const request of [inspector, partner, admin, analyst]) {
      expectApiError(await request({ method: "PATCH", url: `/api/employers/${created.id}`, payload: { size: "large" } }), 403, "forbidden");
    }
  });

  it("another centre's employer answers 404 and is left unchanged", async () => {
    const response = await caseworker({
      method: "PATCH",
      url: `/api/employers/${foreignEmployer.id}`,
      headers: ifMatch(foreignEmployer.version),
      payload: { legalName: "Taken over" },
    });
    expectApiError(response, 404, "not_found");
    const after = await readAsCentreB(foreignEmployer.id);
    expect(after.legalName).toBe(foreignEmployer.legalName);
    expect(after.version).toBe(foreignEmployer.version);
    expect((await auditTrailOf(world, foreignEmployer.id, "employer.update")).map((entry) => entry.outcome)).toContain("denied");
  });

  it("asks anonymous visitors to sign in", async () => {
    const created = await registerEmployer(caseworker);
    expectApiError(
      await anonymous({ method: "PATCH", url: `/api/employers/${created.id}`, payload: { size: "large" } }),
      401,
      "unauthenticated",
    );
  });
});

describe("adding a site", () => {
  const site = { name: "Olive grove by the river", regionCode: "EL652", address: "Kalamata", latitude: 37.04, longitude: 22.11 };

  it("staff add a site; the employer shows it and moves to a new version", async () => {
    const created = await registerEmployer(caseworker);
    const response = await caseworker({ method: "POST", url: `/api/employers/${created.id}/sites`, headers: ifMatch(1), payload: site });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ ...site, id: expect.any(String) });
    const after: Employer = (await caseworker({ method: "GET", url: `/api/employers/${created.id}` })).json();
    expect(after.sites).toHaveLength(2);
    expect(after.version).toBe(2);
    expect((await auditTrailOf(world, created.id, "employer.update")).map((entry) => entry.details)).toContainEqual({
      siteAdded: response.json().id,
    });
  });

  it("an employer adds a site of its own", async () => {
    const self = await registerEmployer(caseworker);
    const employerAccount = await signInAsEmployer(world, caseworker, self);
    expect(
      (await employerAccount({ method: "POST", url: `/api/employers/${self.id}/sites`, headers: ifMatch(1), payload: site })).statusCode,
    ).toBe(201);
  });

  it("refuses a site without a name or outside the pilot regions", async () => {
    const created = await registerEmployer(caseworker);
    const response = await caseworker({
      method: "POST",
      url: `/api/employers/${created.id}/sites`,
      payload: { ...site, name: " ", regionCode: "DE11" },
    });
    expectApiError(response, 400, "validation_failed", [
      { path: ["name"], message: "errors.required" },
      { path: ["regionCode"], message: "errors.nutsCode" },
    ]);
  });

  it("refuses a region the product does not know", async () => {
    const created = await registerEmployer(caseworker);
    const response = await caseworker({
      method: "POST",
      url: `/api/employers/${created.id}/sites`,
      headers: ifMatch(1),
      payload: { ...site, regionCode: "EL699" },
    });
    expectApiError(response, 400, "validation_failed", [{ path: ["regionCode"], message: "errors.unknownRegion" }]);
  });

  it("refuses a stale If-Match", async () => {
    const created = await registerEmployer(caseworker);
    await caseworker({ method: "PATCH", url: `/api/employers/${created.id}`, headers: ifMatch(1), payload: { size: "large" } });
    expectApiError(
      await caseworker({ method: "POST", url: `/api/employers/${created.id}/sites`, headers: ifMatch(1), payload: site }),
      412,
      "precondition_failed",
    );
  });

  it("is refused to inspectors, partners and network roles", async () => {
    const created = await registerEmployer(caseworker);
    for (const request of [inspector, partner, admin, analyst]) {
      expectApiError(await request({ method: "POST", url: `/api/employers/${created.id}/sites`, payload: site }), 403, "forbidden");
    }
  });

  it("another centre's employer answers 404 and gets no new site", async () => {
    expectApiError(
      await caseworker({ method: "POST", url: `/api/employers/${foreignEmployer.id}/sites`, headers: ifMatch(1), payload: site }),
      404,
      "not_found",
    );
    expect((await readAsCentreB(foreignEmployer.id)).sites).toHaveLength(foreignEmployer.sites.length);
  });

  it("asks anonymous visitors to sign in", async () => {
    const created = await registerEmployer(caseworker);
    expectApiError(await anonymous({ method: "POST", url: `/api/employers/${created.id}/sites`, payload: site }), 401, "unauthenticated");
  });
});

describe("opening an employer's portal sign-in", () => {
  it("hands the temporary password over once; only its hash is kept; the employer signs in with it", async () => {
    const created = await registerEmployer(coordinator, { contactEmail: "Owner@Citrus-Farm.test" });
    const response = await coordinator({ method: "POST", url: `/api/employers/${created.id}/account` });
    expect(response.statusCode).toBe(201);
    expect(response.headers["cache-control"]).toBe("no-store");
    const { userId, email, temporaryPassword } = response.json();
    expect(email).toBe("owner@citrus-farm.test");
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);

    const [stored] = await world.connection.db.select().from(accounts).where(eq(accounts.userId, userId));
    expect(stored?.password).toMatch(/^\$argon2id\$/);
    expect(stored?.password).not.toContain(temporaryPassword);
    const [user] = await world.connection.db.select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({ role: "employer", employerId: created.id, centreId: world.centreA.id });

    const audit = await auditTrailOf(world, created.id, "employer.account.create");
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword);

    const employerAccount = as(world.app, await signIn(world.app, "owner@citrus-farm.test", temporaryPassword));
    const me = await employerAccount({ method: "GET", url: "/api/me" });
    expect(me.json()).toMatchObject({ role: "employer", employerId: created.id, centreId: world.centreA.id });
  });

  it("refuses an e-mail that already has an account", async () => {
    const created = await registerEmployer(caseworker);
    expect((await caseworker({ method: "POST", url: `/api/employers/${created.id}/account` })).statusCode).toBe(201);
    expectApiError(await caseworker({ method: "POST", url: `/api/employers/${created.id}/account` }), 409, "conflict", [
      { path: ["contactEmail"], message: "errors.emailTaken" },
    ]);
    const staffEmail = await registerEmployer(caseworker, { contactEmail: world.centreA.emails.partner });
    expectApiError(await caseworker({ method: "POST", url: `/api/employers/${staffEmail.id}/account` }), 409, "conflict", [
      { path: ["contactEmail"], message: "errors.emailTaken" },
    ]);
  });

  it("refuses an id that is not a UUID", async () => {
    expectApiError(await caseworker({ method: "POST", url: "/api/employers/not-an-id/account" }), 400, "validation_failed", [
      { path: ["id"], message: "errors.invalidValue" },
    ]);
  });

  it("is refused to inspectors, partners, network roles and employers themselves", async () => {
    const created = await registerEmployer(caseworker);
    const self = await registerEmployer(caseworker);
    const employerAccount = await signInAsEmployer(world, caseworker, self);
    for (const request of [inspector, partner, admin, analyst, employerAccount]) {
      expectApiError(await request({ method: "POST", url: `/api/employers/${created.id}/account` }), 403, "forbidden");
    }
  });

  it("another centre's employer answers 404 and gets no account", async () => {
    expectApiError(await caseworker({ method: "POST", url: `/api/employers/${foreignEmployer.id}/account` }), 404, "not_found");
    expect(await world.connection.db.select().from(users).where(eq(users.employerId, foreignEmployer.id))).toEqual([]);
  });

  it("asks anonymous visitors to sign in", async () => {
    const created = await registerEmployer(caseworker);
    expectApiError(await anonymous({ method: "POST", url: `/api/employers/${created.id}/account` }), 401, "unauthenticated");
  });
});
