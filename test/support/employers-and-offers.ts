// Employers, offers and employer accounts made through the API, the way a centre makes them, for API tests.
import { and, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Employer, EmployerInput } from "../../src/core/employers/employer-schemas.js";
import type { OfferStatus } from "../../src/core/offers/offer-lifecycle.js";
import type { OfferInput, OfferView } from "../../src/core/offers/offer-schemas.js";
import { auditEntries } from "../../src/db/schema/audit.js";
import { as, signIn, type TestWorld } from "./test-app.js";

export type Requester = ReturnType<typeof as>;

/** ESCO occupations shipped in src/data/esco: fruit and vegetable picker, vineyard worker. */
export const FRUIT_PICKER = "http://data.europa.eu/esco/occupation/373db468-bd25-4b67-a6e0-4ac79d9a9e85";
export const VINEYARD_WORKER = "http://data.europa.eu/esco/occupation/e5e3ea36-4ed9-4c57-987c-9974385551a8";

let sequence = 0;

/** A valid registration; every call has its own tax id and e-mail. */
export function employerInputWith(overrides: Partial<EmployerInput> = {}): EmployerInput {
  sequence += 1;
  return {
    legalName: `Farm number ${sequence}`,
    taxId: `EL${String(100_000 + sequence)}`,
    sector: "A01",
    size: "small",
    accommodationOffered: false,
    contactName: "Maria Papadopoulou",
    contactPhone: "+306912345678",
    contactEmail: `farm${sequence}-${Math.random().toString(36).slice(2, 8)}@example.test`,
    sites: [{ name: "North orchard", regionCode: "EL651", address: "Road to Sparta 3", latitude: 37.07, longitude: 22.43 }],
    ...overrides,
  };
}

/** A valid offer for the employer's first site. */
export function offerInputFor(employer: Employer, overrides: Partial<OfferInput> = {}): OfferInput {
  const site = employer.sites[0];
  if (!site) throw new Error("employer without a site");
  return {
    employerId: employer.id,
    siteId: site.id,
    occupationUri: FRUIT_PICKER,
    title: "Orange pickers for the winter harvest",
    tasks: "Picking and crating oranges",
    startDate: "2026-11-02",
    endDate: "2027-02-26",
    positions: 6,
    payAmountCents: 5_400,
    payUnit: "day",
    pieceUnit: null,
    piecesPerHour: null,
    hoursPerWeek: 39,
    contractType: "seasonal",
    accommodationProvided: true,
    accommodationDeductionCents: 0,
    transportProvided: true,
    mealsProvided: false,
    mealsDeductionCents: 0,
    requiredSkills: [],
    requiredLanguages: [],
    requiredCertificates: [],
    drivingLicenceRequired: false,
    minYearsExperience: 0,
    ...overrides,
  };
}

export async function registerEmployer(request: Requester, overrides: Partial<EmployerInput> = {}): Promise<Employer> {
  const response = await request({ method: "POST", url: "/api/employers", payload: employerInputWith(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export async function recordOffer(request: Requester, employer: Employer, overrides: Partial<OfferInput> = {}): Promise<OfferView> {
  const response = await request({ method: "POST", url: "/api/offers", payload: offerInputFor(employer, overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** The If-Match header of a change to a record read at `version` (every change must send one). */
export const ifMatch = (version: number) => ({ "if-match": `"${version}"` });

/** Moves an offer through the given statuses in order, expecting each move to succeed. */
export async function moveOffer(request: Requester, offerId: string, ...path: OfferStatus[]): Promise<OfferView> {
  let last: OfferView | undefined;
  let version: number = (await request({ method: "GET", url: `/api/offers/${offerId}` })).json().version;
  for (const to of path) {
    const headers = { "if-match": `"${version}"` };
    const response = await request({ method: "POST", url: `/api/offers/${offerId}/transitions`, headers, payload: { to } });
    expect(response.statusCode, `${to}: ${response.body}`).toBe(200);
    last = response.json() as OfferView;
    version = last.version;
  }
  if (!last) throw new Error("no move asked");
  return last;
}

/** Opens the employer's portal account (as centre staff) and signs in with the temporary password handed over. */
export async function signInAsEmployer(world: TestWorld, staff: Requester, employer: Employer): Promise<Requester> {
  const response = await staff({ method: "POST", url: `/api/employers/${employer.id}/account` });
  expect(response.statusCode, response.body).toBe(201);
  return as(world.app, await signIn(world.app, employer.contactEmail, response.json().temporaryPassword));
}

export async function auditTrailOf(world: TestWorld, entityId: string, action?: string) {
  const conditions = [eq(auditEntries.entityId, entityId)];
  if (action) conditions.push(eq(auditEntries.action, action));
  return world.connection.db
    .select()
    .from(auditEntries)
    .where(and(...conditions));
}

/** The one error shape, with its stable code and the translation keys of its details. */
export function expectApiError(
  response: { statusCode: number; json(): unknown },
  status: number,
  code: string,
  details?: { path: (string | number)[]; message: string }[],
) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as { error: { code: string; message: string; details: unknown[] } };
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  if (details) expect(body.error.details).toEqual(expect.arrayContaining(details.map((d) => expect.objectContaining(d))));
}
