// The world the fuzzer attacks: two centres with real records, and a signed-in request for each role of centre A.
import { type SQL, sql } from "drizzle-orm";
import fc from "fast-check";
import type { Employer } from "../../src/core/employers/employer-schemas.js";
import {
  employerInputWith,
  FRUIT_PICKER,
  offerInputFor,
  type Requester,
  recordOffer,
  registerEmployer,
  signInAsEmployer,
} from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { as, createTestWorld, signIn, signInWorker, type TestWorld } from "../support/test-app.js";

/** The roles the fuzzer sends requests as; all but admin belong to centre A (or to nobody). */
export const FUZZ_ROLES = ["anonymous", "worker", "employer", "caseworker", "coordinator", "admin"] as const;
export type FuzzRole = (typeof FUZZ_ROLES)[number];
/** Roles bound to centre A: nothing they send may change or show centre B. */
export const CENTRE_A_ROLES = FUZZ_ROLES.filter((role) => role !== "admin");

/** In every name of centre B's records, so any of them reaching a centre A response is spotted. */
export const CENTRE_B_MARKER = "Quillonide";

export interface FuzzWorld extends TestWorld {
  requesters: Record<FuzzRole, Requester>;
  /** Ids of real records by collection (the path segment after /api/), of each centre. */
  ids: Record<"A" | "B", Record<string, string[]>>;
  /** ESCO URIs the records use, so generated filters sometimes find something. */
  occupationUris: string[];
  /**
   * Known-good bodies of the main creates ("POST /api/workers"), beside the schema's own: cross-field rules (dates in
   * order, a site of the employer) make schema-generated bodies rarely pass, and flaws in a good body reach deeper.
   */
  seedBodies: Record<string, fc.Arbitrary<unknown>>;
}

const OFFER_DATES = { startDate: "2027-03-01", endDate: "2027-05-31" };

/** Publishes an offer, saying at each move which version it changes. */
async function publish(staff: Requester, offer: { id: string; version: number }) {
  let version = offer.version;
  for (const to of ["submitted", "checked", "published"]) {
    const response = await staff({
      method: "POST",
      url: `/api/offers/${offer.id}/transitions`,
      headers: { "if-match": `"${version}"` },
      payload: { to },
    });
    if (response.statusCode !== 200) throw new Error(`offer ${to} failed: ${response.statusCode} ${response.body}`);
    version = response.json().version;
  }
}

async function created(request: Requester, url: string, payload: object): Promise<{ id: string }> {
  const response = await request({ method: "POST", url, payload });
  if (response.statusCode !== 201) throw new Error(`${url} failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A worker, an employer with a published offer and a referral between them; names carry the given mark. */
async function populate(staff: Requester, mark: string) {
  const employer: Employer = await registerEmployer(staff, { legalName: `${mark} Farm`, contactName: `${mark} Contact` });
  const offer = await recordOffer(staff, employer, { ...OFFER_DATES, title: `${mark} harvest` });
  await publish(staff, offer);
  const draft = await recordOffer(staff, employer, { ...OFFER_DATES, title: `${mark} draft` });
  const workerPayload = workerInput({ givenName: mark, familyName: `${mark}s` });
  const worker = await created(staff, "/api/workers", workerPayload);
  const other = await created(staff, "/api/workers", workerInput({ givenName: `${mark} Second` }));
  const referral = await created(staff, "/api/referrals", {
    offerId: offer.id,
    workerId: worker.id,
    mode: "refer",
    consentMethod: "in_person",
  });
  return {
    employer,
    offerId: offer.id,
    workerId: worker.id,
    workerPhone: workerPayload.phone,
    ids: {
      workers: [worker.id, other.id],
      employers: [employer.id],
      offers: [offer.id, draft.id],
      referrals: [referral.id],
      sites: employer.sites.map((site) => site.id),
    },
  };
}

export async function createFuzzWorld(): Promise<FuzzWorld> {
  const world = await createTestWorld();
  const signedIn = async (email: string) => as(world.app, await signIn(world.app, email));
  const caseworker = await signedIn(world.centreA.emails.caseworker);
  const staffB = await signedIn(world.centreB.emails.caseworker);
  const centreA = await populate(caseworker, "Amaranth");
  const centreB = await populate(staffB, CENTRE_B_MARKER);
  const requesters: Record<FuzzRole, Requester> = {
    anonymous: as(world.app, null),
    worker: as(world.app, await signInWorker(world, centreA.workerPhone)),
    employer: await signInAsEmployer(world, caseworker, centreA.employer),
    caseworker,
    coordinator: await signedIn(world.centreA.emails.coordinator),
    admin: await signedIn(world.emails.admin),
  };
  const either = <T>(a: T, b: T) => fc.constantFrom(a, b);
  const fresh = <T>(make: () => T) => fc.constant(null).map(make);
  const seedBodies = {
    "POST /api/workers": fresh(() => workerInput()),
    "POST /api/employers": fresh(() => employerInputWith()),
    "POST /api/offers": either(centreA.employer, centreB.employer).map((employer) => offerInputFor(employer, OFFER_DATES)),
    "POST /api/referrals": fc.record({
      offerId: either(centreA.offerId, centreB.offerId),
      workerId: either(centreA.workerId, centreB.workerId),
      mode: fc.constantFrom("propose", "refer"),
      consentMethod: fc.constantFrom("in_person", "phone"),
    }),
  };
  return { ...world, requesters, ids: { A: centreA.ids, B: centreB.ids }, occupationUris: [FRUIT_PICKER], seedBodies };
}

/** Tables with a centre_id column, except the audit trail, which records (denied) attempts by design. */
async function centreTables(world: TestWorld): Promise<string[]> {
  const rows = await rowsOf<{ table_name: string }>(
    world,
    sql`select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'centre_id' and table_name not like 'audit%'
        order by table_name`,
  );
  return rows.map((row) => row.table_name);
}

async function rowsOf<T>(world: TestWorld, query: SQL): Promise<T[]> {
  const result = (await world.connection.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Row count and a digest of every row of one centre, table by table: equal snapshots mean nothing changed. */
export async function snapshotCentre(world: TestWorld, centreId: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const table of await centreTables(world)) {
    const [row] = await rowsOf<{ rows: number; digest: string | null }>(
      world,
      sql`select count(*)::int as rows, md5(string_agg(t::text, '|' order by t::text)) as digest
          from ${sql.identifier(table)} t where t.centre_id = ${centreId}`,
    );
    snapshot[table] = `${row?.rows} rows, ${row?.digest ?? "-"}`;
  }
  return snapshot;
}

/** Row counts of every table of the application: injection must leave every one unchanged. */
export async function countEveryTable(world: TestWorld): Promise<Record<string, number>> {
  const tables = await rowsOf<{ table_name: string }>(
    world,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await rowsOf<{ rows: number }>(world, sql`select count(*)::int as rows from ${sql.identifier(table_name)}`);
    counts[table_name] = row?.rows ?? 0;
  }
  return counts;
}
