// A test world for the access matrix: a signed-in user of every role and, for each kind of record, one record
// the role's own user owns, one of another owner in the same centre and one of the other centre.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { ROLES, type Role } from "../../src/core/access/roles.js";
import type { Employer } from "../../src/core/employers/employer-schemas.js";
import { CHECKLIST_ITEMS } from "../../src/core/inspections/inspection-codes.js";
import type { Worker } from "../../src/core/workers/worker-schemas.js";
import { insertPasswordAccount } from "../../src/db/repositories/account-repository.js";
import { hashPassword } from "../../src/server/auth/create-auth.js";
import { moveOffer, type Requester, recordOffer, registerEmployer, signInAsEmployer } from "./employers-and-offers.js";
import { workerInput } from "./fixtures.js";
import { as, createTestWorld, signIn, signInWorker, TEST_PASSWORD, type TestWorld } from "./test-app.js";

/** Whose record a request is about, seen from the signed-in role of centre A. */
export const RECORD_KINDS = ["own", "otherInCentre", "otherCentre", "missing"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export type ExistingKind = Exclude<RecordKind, "missing">;

export const KIND_LABELS: Record<RecordKind, string> = {
  own: "own record",
  otherInCentre: "another record of own centre",
  otherCentre: "other-centre record",
  missing: "nonexistent record",
};

export type RecordType =
  | "worker"
  | "employer"
  | "offer"
  | "draftOffer"
  | "referral"
  | "attachment"
  | "breach"
  | "user"
  | "inspection"
  | "correctiveAction"
  | "employerDocument"
  | "grievance"
  | "checkIn";

/** Dates inside every fixture worker's availability and permit, so each of them is eligible for each offer. */
const OFFER_DATES = { startDate: "2027-03-01", endDate: "2027-05-31" };
const SITE = { name: "Greenhouses Nea Manolada", regionCode: "EL633", address: "", latitude: 38.06, longitude: 21.36 };

export interface AccessWorld extends TestWorld {
  /** A request as each role, signed in once: staff of centre A, the worker W1 and the employer E1 of centre A. */
  roles: Record<Role, Requester>;
  anonymous: Requester;
  userIds: Record<Role, string>;
  /** Staff of each centre who set records up. */
  staffA: Requester;
  staffB: Requester;
  records: Record<RecordType, Record<ExistingKind, string>>;
  workers: Record<ExistingKind, Worker>;
  employers: Record<ExistingKind, Employer>;
  /** Makes a new record of the type with the same owner as the fixture of that kind (for changes that can run once). */
  fresh: Record<
    | "worker"
    | "employer"
    | "draftOffer"
    | "publishedOffer"
    | "referral"
    | "attachment"
    | "user"
    | "inspection"
    | "correctiveAction"
    | "grievance"
    | "checkIn",
    (kind: ExistingKind) => Promise<string>
  >;
}

async function publishedOffer(staff: Requester, employer: Employer, title: string): Promise<string> {
  const offer = await recordOffer(staff, employer, { ...OFFER_DATES, title });
  return (await moveOffer(staff, offer.id, "submitted", "checked", "published")).id;
}

async function referral(staff: Requester, offerId: string, workerId: string): Promise<string> {
  const response = await staff({
    method: "POST",
    url: "/api/referrals",
    payload: { offerId, workerId, mode: "refer", consentMethod: "in_person" },
  });
  if (response.statusCode !== 201) throw new Error(`referral failed: ${response.body}`);
  return response.json().id;
}

/** The smallest PDF a file-type check accepts. */
const PDF =
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

/** A work permit (or another kind of document) as a browser uploads it (multipart/form-data). */
export function documentUpload(kind = "work_permit") {
  const boundary = "----access-matrix-boundary";
  const payload = [
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="permit.pdf"\r\nContent-Type: application/pdf\r\n\r\n${PDF}\r\n`,
    `--${boundary}--\r\n`,
  ].join("");
  return { headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, payload };
}

/** Adds a document to a worker's file. */
export async function uploadDocument(staff: Requester, workerId: string): Promise<string> {
  const { headers, payload } = documentUpload();
  const response = await staff({ method: "POST", url: `/api/workers/${workerId}/attachments`, headers, payload });
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.body}`);
  return response.json().id;
}

/** Files a document in an employer's vetting file. */
async function uploadEmployerDocument(staff: Requester, employerId: string): Promise<string> {
  const { headers, payload } = documentUpload("other");
  const response = await staff({ method: "POST", url: `/api/employers/${employerId}/vetting/documents`, headers, payload });
  if (response.statusCode !== 201) throw new Error(`employer document failed: ${response.body}`);
  return response.json().id;
}

/** A completed visit of an employer with one corrective action (what an employer may see), planned by an inspector. */
async function completedInspection(inspector: Requester, employerId: string): Promise<{ inspectionId: string; actionId: string }> {
  const planned = await inspector({
    method: "POST",
    url: "/api/inspections",
    payload: { employerId, kind: "inspection", scheduledFor: "2026-06-01" },
  });
  if (planned.statusCode !== 201) throw new Error(`inspection failed: ${planned.body}`);
  const { id, version } = planned.json();
  const checklist = Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, { result: "ok" }]));
  const started = await inspector({
    method: "PATCH",
    url: `/api/inspections/${id}`,
    headers: { "if-match": `"${version}"` },
    payload: { checklist },
  });
  const payload = { description: "Give every worker a written contract", dueDate: "2026-09-30" };
  const action = await inspector({ method: "POST", url: `/api/inspections/${id}/corrective-actions`, payload });
  const done = await inspector({
    method: "PATCH",
    url: `/api/inspections/${id}`,
    headers: { "if-match": `"${started.json().version + 1}"` },
    payload: { status: "completed" },
  });
  if (done.statusCode !== 200) throw new Error(`inspection failed: ${done.body}`);
  return { inspectionId: id, actionId: action.json().id };
}

/** Adds an item to the corrective action plan of a visit. */
async function addCorrectiveAction(inspector: Requester, inspectionId: string): Promise<string> {
  const payload = { description: "Fit a first-aid kit in each greenhouse", dueDate: "2026-10-31" };
  const response = await inspector({ method: "POST", url: `/api/inspections/${inspectionId}/corrective-actions`, payload });
  if (response.statusCode !== 201) throw new Error(`corrective action failed: ${response.body}`);
  return response.json().id;
}

/** A grievance a worker signed (not shared with caseworkers), taken down by a caseworker on the phone. */
async function recordGrievance(staff: Requester, workerId: string): Promise<string> {
  const reporter = { workerId, name: "Signed Reporter", phone: "+306940000999", sharedWithCaseworkers: false };
  const payload = { channel: "phone", language: "ar", categories: ["unpaid_wages"], description: "No pay for May", reporter };
  const response = await staff({ method: "POST", url: "/api/grievances", payload });
  if (response.statusCode !== 201) throw new Error(`grievance failed: ${response.body}`);
  return response.json().id;
}

async function recordBreach(admin: Requester, centreId: string): Promise<string> {
  const payload = {
    centreId,
    discoveredAt: "2026-01-10T09:00:00Z",
    description: "A laptop with exported lists was stolen",
    dataCategories: ["contact"],
    peopleAffected: 12,
    riskLevel: "low",
  };
  const response = await admin({ method: "POST", url: "/api/breaches", payload });
  if (response.statusCode !== 201) throw new Error(`breach failed: ${response.body}`);
  return response.json().id;
}

async function registerWorker(staff: Requester, givenName: string, regionCode = "EL633"): Promise<Worker> {
  const response = await staff({ method: "POST", url: "/api/workers", payload: workerInput({ givenName, regionCode }) });
  if (response.statusCode !== 201) throw new Error(`worker failed: ${response.body}`);
  return response.json();
}

async function userIdOf(request: Requester): Promise<string> {
  return (await request({ method: "GET", url: "/api/me" })).json().id;
}

/** Hires the worker for a new offer of the employer (staff record the hire) and returns the day-7 check-in it scheduled. */
async function hiredCheckIn(world: TestWorld, staff: Requester, employer: Employer, workerId: string): Promise<string> {
  const referralId = await referral(staff, await publishedOffer(staff, employer, "Olive harvest"), workerId);
  const placement = {
    contractType: "seasonal",
    startDate: "2027-03-01",
    endDate: null,
    payAmountCents: 5_400,
    payUnit: "day",
    hoursPerWeek: 39,
  };
  const hired = await staff({
    method: "POST",
    url: `/api/referrals/${referralId}/moves`,
    headers: { "if-match": '"1"' },
    payload: { to: "hired", placement },
  });
  if (hired.statusCode !== 200) throw new Error(`hire failed: ${hired.body}`);
  const result = (await world.connection.db.execute(
    sql`select c.id from check_ins c join placements p on p.id = c.placement_id where p.referral_id = ${referralId} and c.kind = 'day_7'`,
  )) as unknown as { rows: { id: string }[] };
  const id = result.rows[0]?.id;
  if (!id) throw new Error("no check-in scheduled");
  return id;
}

export async function createAccessWorld(): Promise<AccessWorld> {
  const world = await createTestWorld();
  const signedIn = async (email: string) => as(world.app, await signIn(world.app, email));
  const staffA = await signedIn(world.centreA.emails.caseworker);
  const staffB = await signedIn(world.centreB.emails.caseworker);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const addAccount = (email: string, role: Role, centreId: string) =>
    insertPasswordAccount(world.connection.db, { name: `${role} account`, email, passwordHash, role, centreId });
  const dpoEmail = "dpo@a.test";
  await addAccount(dpoEmail, "dpo", world.centreA.id);

  const site = { sites: [SITE] };
  const employers: Record<ExistingKind, Employer> = {
    own: await registerEmployer(staffA, site),
    otherInCentre: await registerEmployer(staffA, site),
    otherCentre: await registerEmployer(staffB, site),
  };
  const workers: Record<ExistingKind, Worker> = {
    // A region no site or offer has, so a test can tell where the worker's own region shows.
    own: await registerWorker(staffA, "Karim", "EL651"),
    otherInCentre: await registerWorker(staffA, "Samir"),
    otherCentre: await registerWorker(staffB, "Youssef"),
  };
  const staffOf = (kind: ExistingKind) => (kind === "otherCentre" ? staffB : staffA);
  const offers = {} as Record<ExistingKind, string>;
  const drafts = {} as Record<ExistingKind, string>;
  const referrals = {} as Record<ExistingKind, string>;
  for (const kind of ["own", "otherInCentre", "otherCentre"] as const) {
    offers[kind] = await publishedOffer(staffOf(kind), employers[kind], "Strawberry pickers");
    drafts[kind] = (await recordOffer(staffOf(kind), employers[kind], { ...OFFER_DATES, title: "Draft for pickers" })).id;
    referrals[kind] = await referral(staffOf(kind), offers[kind], workers[kind].id);
  }

  const roles: Record<Role, Requester> = {
    worker: as(world.app, await signInWorker(world, workers.own.phone)),
    employer: await signInAsEmployer(world, staffA, employers.own),
    caseworker: staffA,
    coordinator: await signedIn(world.centreA.emails.coordinator),
    inspector: await signedIn(world.centreA.emails.inspector),
    partner: await signedIn(world.centreA.emails.partner),
    analyst: await signedIn(world.emails.analyst),
    dpo: await signedIn(dpoEmail),
    admin: await signedIn(world.emails.admin),
  };
  const centreOf = (kind: ExistingKind) => (kind === "otherCentre" ? world.centreB.id : world.centreA.id);
  const attachments = {} as Record<ExistingKind, string>;
  const breaches = {} as Record<ExistingKind, string>;
  const employerDocuments = {} as Record<ExistingKind, string>;
  for (const kind of ["own", "otherInCentre", "otherCentre"] as const) {
    attachments[kind] = await uploadDocument(staffOf(kind), workers[kind].id);
    breaches[kind] = await recordBreach(roles.admin, centreOf(kind));
    employerDocuments[kind] = await uploadEmployerDocument(staffOf(kind), employers[kind].id);
  }
  const grievances = {} as Record<ExistingKind, string>;
  for (const kind of ["own", "otherInCentre", "otherCentre"] as const) {
    grievances[kind] = await recordGrievance(staffOf(kind), workers[kind].id);
  }
  const checkIns = {} as Record<ExistingKind, string>;
  for (const kind of ["own", "otherInCentre", "otherCentre"] as const) {
    checkIns[kind] = await hiredCheckIn(world, staffOf(kind), employers[kind], workers[kind].id);
  }
  const userIds = {} as Record<Role, string>;
  for (const role of ROLES) userIds[role] = await userIdOf(roles[role]);
  const inspectorB = await signedIn(world.centreB.emails.inspector);
  const inspectorOf = (kind: ExistingKind) => (kind === "otherCentre" ? inspectorB : roles.inspector);
  const inspections = {} as Record<ExistingKind, string>;
  const correctiveActions = {} as Record<ExistingKind, string>;
  for (const kind of ["own", "otherInCentre", "otherCentre"] as const) {
    const visit = await completedInspection(inspectorOf(kind), employers[kind].id);
    inspections[kind] = visit.inspectionId;
    correctiveActions[kind] = visit.actionId;
  }

  /** The owner of a fresh record of a kind: the fixture's employer and worker (another of the centre for "otherInCentre"). */
  const freshEmployerOf = async (kind: ExistingKind) => (kind === "own" ? employers.own : registerEmployer(staffOf(kind), site));
  const fresh: AccessWorld["fresh"] = {
    worker: async (kind) => (await registerWorker(staffOf(kind), "Nabil")).id,
    employer: async (kind) => (await registerEmployer(staffOf(kind), site)).id,
    draftOffer: async (kind) => (await recordOffer(staffOf(kind), await freshEmployerOf(kind), OFFER_DATES)).id,
    publishedOffer: async (kind) => publishedOffer(staffOf(kind), await freshEmployerOf(kind), "Fresh offer"),
    referral: async (kind) => {
      const offerId = await publishedOffer(staffOf(kind), kind === "own" ? employers.own : employers[kind], "Fresh offer");
      return referral(staffOf(kind), offerId, workers[kind].id);
    },
    attachment: async (kind) => uploadDocument(staffOf(kind), workers[kind].id),
    user: async (kind) => addAccount(`partner-${randomUUID()}@access.test`, "partner", centreOf(kind)),
    grievance: async (kind) => recordGrievance(staffOf(kind), workers[kind].id),
    checkIn: async (kind) => hiredCheckIn(world, staffOf(kind), employers[kind], workers[kind].id),
    inspection: async (kind) => {
      const payload = { employerId: employers[kind].id, kind: "inspection", scheduledFor: "2026-07-01" };
      return (await inspectorOf(kind)({ method: "POST", url: "/api/inspections", payload })).json().id;
    },
    correctiveAction: async (kind) => addCorrectiveAction(inspectorOf(kind), inspections[kind]),
  };

  return {
    ...world,
    roles,
    anonymous: as(world.app, null),
    userIds,
    staffA,
    staffB,
    workers,
    employers,
    records: {
      worker: { own: workers.own.id, otherInCentre: workers.otherInCentre.id, otherCentre: workers.otherCentre.id },
      employer: { own: employers.own.id, otherInCentre: employers.otherInCentre.id, otherCentre: employers.otherCentre.id },
      offer: offers,
      draftOffer: drafts,
      referral: referrals,
      attachment: attachments,
      breach: breaches,
      grievance: grievances,
      checkIn: checkIns,
      inspection: inspections,
      correctiveAction: correctiveActions,
      employerDocument: employerDocuments,
      user: { own: userIds.worker, otherInCentre: userIds.partner, otherCentre: await userIdOf(staffB) },
    },
    fresh,
  };
}

/** An id that names no record. */
export const missingId = () => randomUUID();

/** Tables that record requests rather than records: a refused request may leave a trace there. */
const REQUEST_TRACES = ["audit_entries", "sessions", "verifications", "sign_in_limits", "idempotency_keys"];

/**
 * A function that fingerprints every record table (row count and a hash of the rows) in one query, to prove that a
 * refused request changed nothing anywhere.
 */
export async function databaseFingerprinter(world: TestWorld): Promise<() => Promise<string>> {
  const { db } = world.connection;
  const tables = (await db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )) as unknown as { rows: { name: string }[] };
  const parts = tables.rows
    .filter((t) => !REQUEST_TRACES.includes(t.name))
    .map(
      (t) =>
        sql`select ${t.name} || ':' || count(*) || ':' || coalesce(md5(string_agg(r::text, ',' order by r::text)), '') as f from ${sql.identifier(t.name)} r`,
    );
  const query = sql`select string_agg(f, ' ' order by f) as fingerprint from (${sql.join(parts, sql` union all `)}) tables`;
  return async () => ((await db.execute(query)) as unknown as { rows: { fingerprint: string }[] }).rows[0]?.fingerprint ?? "";
}

/** How many "denied" audit entries this user has for this action (and record, when given). */
export async function deniedCount(world: TestWorld, userId: string, action: string, entityId: string | null): Promise<number> {
  const result = (await world.connection.db.execute(
    sql`select count(*)::int as n from audit_entries where actor_user_id = ${userId} and action = ${action} and outcome = 'denied'
        and ${entityId === null ? sql`entity_id is null` : sql`entity_id = ${entityId}`}`,
  )) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]?.n ?? 0);
}

/** The current version of a versioned record, for If-Match. */
export async function versionOf(
  world: TestWorld,
  table: "workers" | "employers" | "job_offers" | "referrals" | "breaches" | "inspections" | "corrective_actions" | "grievances",
  id: string,
) {
  const result = (await world.connection.db.execute(sql`select version from ${sql.identifier(table)} where id = ${id}`)) as unknown as {
    rows: { version: number }[];
  };
  return result.rows[0]?.version ?? 1;
}
