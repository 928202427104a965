import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Employer } from "../../src/core/employers/employer-schemas.js";
import { VETTING_DECLARATIONS } from "../../src/core/vetting/vetting-codes.js";
import { SELF_ASSESSMENT_QUESTIONS } from "../../src/core/vetting/vetting-questions.js";
import type { VettingFile } from "../../src/core/vetting/vetting-schemas.js";
import { auditEntries } from "../../src/db/schema/audit.js";
import { employerDocuments } from "../../src/db/schema/vetting.js";
import {
  auditTrailOf,
  expectApiError,
  ifMatch,
  type Requester,
  registerEmployer,
  signInAsEmployer,
} from "../support/employers-and-offers.js";
import { withChangedSignature } from "../support/signed-links.js";
import { createTestWorld, signInEveryRole, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworker: Requester;
let coordinator: Requester;
let inspector: Requester;
let partner: Requester;
let otherCentreCaseworker: Requester;
let anonymous: Requester;

beforeAll(async () => {
  world = await createTestWorld();
  ({ caseworker, coordinator, inspector, partner, otherCentreCaseworker, anonymous } = await signInEveryRole(world));
});
afterAll(() => world.close());

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/** A multipart/form-data body as a browser sends it. */
function multipart(fields: Record<string, string>, file?: { name: string; type: string; bytes: Buffer }) {
  const boundary = "----vetting-test-boundary";
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(parts) };
}

function upload(
  request: Requester,
  employerId: string,
  kind: string,
  file = { name: "certificate.pdf", type: "application/pdf", bytes: PDF },
) {
  const body = multipart({ kind }, file);
  return request({ method: "POST", url: `/api/employers/${employerId}/vetting/documents`, headers: body.headers, payload: body.payload });
}

const allDeclared = Object.fromEntries(VETTING_DECLARATIONS.map((code) => [code, true]));
const allAnswered = Object.fromEntries(SELF_ASSESSMENT_QUESTIONS.map((code) => [code, { answer: "yes", note: "" }]));

async function readFile(request: Requester, employerId: string): Promise<VettingFile> {
  const response = await request({ method: "GET", url: `/api/employers/${employerId}/vetting` });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers.etag).toBe(`"${response.json().version}"`);
  return response.json();
}

async function declare(
  request: Requester,
  employerId: string,
  version: number,
  body: object = { declarations: allDeclared, collectiveAgreement: "Agricultural workers of Ilia 2025" },
) {
  return request({ method: "PUT", url: `/api/employers/${employerId}/vetting/declarations`, headers: ifMatch(version), payload: body });
}

async function answer(request: Requester, employerId: string, version: number, answers: object = allAnswered) {
  return request({
    method: "PUT",
    url: `/api/employers/${employerId}/vetting/self-assessment`,
    headers: ifMatch(version),
    payload: { answers },
  });
}

async function decide(request: Requester, employerId: string, version: number, status: string, note = "") {
  return request({
    method: "POST",
    url: `/api/employers/${employerId}/vetting/decision`,
    headers: ifMatch(version),
    payload: { status, note },
  });
}

/** A file with everything filed and every required document verified: ready for a decision. */
async function completeFile(employer: Employer): Promise<VettingFile> {
  let file = (await declare(caseworker, employer.id, (await readFile(caseworker, employer.id)).version)).json() as VettingFile;
  file = (await answer(caseworker, employer.id, file.version)).json();
  for (const kind of ["criminal_record_certificate", "social_security_certificate", "tax_clearance_certificate", "collective_agreement"]) {
    const created = await upload(caseworker, employer.id, kind);
    expect(created.statusCode, created.body).toBe(201);
    const verified = await inspector({
      method: "POST",
      url: `/api/employer-documents/${created.json().id}/verify`,
      payload: { verified: true },
    });
    expect(verified.statusCode, verified.body).toBe(200);
  }
  return readFile(caseworker, employer.id);
}

describe("a vetting file", () => {
  it("reads as pending with everything missing before anything is filed, and reading writes nothing", async () => {
    const employer = await registerEmployer(caseworker, { accommodationOffered: true });
    const file = await readFile(inspector, employer.id);
    expect(file).toMatchObject({ employerId: employer.id, status: "pending", version: 1, history: [], documents: [], declaredAt: null });
    expect(file.completeness.complete).toBe(false);
    expect(file.completeness.missingDeclarations).toEqual([...VETTING_DECLARATIONS]);
    expect(file.completeness.missingAnswers).toEqual([...SELF_ASSESSMENT_QUESTIONS]);
    expect(file.completeness.missingDocuments).toEqual([
      "criminal_record_certificate",
      "social_security_certificate",
      "tax_clearance_certificate",
      "accommodation_permit",
    ]);
    expect((await readFile(caseworker, employer.id)).version).toBe(1);
  });

  it("records declarations signed by the employer, opening the file as pending in its history", async () => {
    const employer = await registerEmployer(caseworker);
    const asEmployer = await signInAsEmployer(world, caseworker, employer);
    const declarations = { ...allDeclared, contributions_paid: false, collective_agreement_applied: false };
    const response = await declare(asEmployer, employer.id, 1, { declarations });
    expect(response.statusCode, response.body).toBe(200);
    const file: VettingFile = response.json();
    expect(response.headers.etag).toBe(`"${file.version}"`);
    expect(file.declarations).toEqual(declarations);
    expect(file.declaredByName).toBe(employer.contactName);
    expect(file.declaredAt).not.toBeNull();
    expect(file.completeness.missingDeclarations).toEqual([]);
    expect(file.completeness.deniedDeclarations).toEqual(["contributions_paid", "collective_agreement_applied"]);
    // No agreement applied: its document is not required.
    expect(file.completeness.missingDocuments).not.toContain("collective_agreement");
    expect(file.history).toMatchObject([{ fromStatus: null, toStatus: "pending", byRole: "employer" }]);
    const [entry] = await world.connection.db.select().from(auditEntries).where(eq(auditEntries.entityType, "employer_vetting"));
    expect(entry).toBeDefined();
    const audited = await world.connection.db.select().from(auditEntries).where(eq(auditEntries.action, "vetting.declare"));
    const ofThisFile = audited.filter((e) => (e.details as Record<string, unknown>).employerId === employer.id);
    expect(ofThisFile.map((e) => e.details)).toEqual([{ employerId: employer.id, what: "declarations", denied: 2 }]);
  });

  it("refuses declarations with one missing, an unknown one, or an agreement applied without its name", async () => {
    const employer = await registerEmployer(caseworker);
    const { no_recruitment_fees: _, ...missingOne } = allDeclared;
    expectApiError(await declare(caseworker, employer.id, 1, { declarations: missingOne }), 400, "validation_failed");
    expectApiError(
      await declare(caseworker, employer.id, 1, { declarations: { ...allDeclared, invented: true } }),
      400,
      "validation_failed",
    );
    expectApiError(
      await declare(caseworker, employer.id, 1, { declarations: allDeclared, collectiveAgreement: "  " }),
      400,
      "validation_failed",
      [{ path: ["collectiveAgreement"], message: "errors.required" }],
    );
    expect((await readFile(caseworker, employer.id)).history).toEqual([]);
  });

  it("saves a self-assessment half-way, with notes, and replaces it when saved again", async () => {
    const employer = await registerEmployer(caseworker);
    const first = await answer(caseworker, employer.id, 1, {
      pay_slips: { answer: "partly", note: "Paper slips, monthly" },
      water_and_shade: { answer: "no" },
    });
    expect(first.statusCode, first.body).toBe(200);
    const file: VettingFile = first.json();
    expect(file.selfAssessment).toEqual({
      pay_slips: { answer: "partly", note: "Paper slips, monthly" },
      water_and_shade: { answer: "no", note: "" },
    });
    expect(file.completeness.missingAnswers).toHaveLength(SELF_ASSESSMENT_QUESTIONS.length - 2);
    expectApiError(await answer(caseworker, employer.id, file.version, { pay_slips: { answer: "maybe" } }), 400, "validation_failed");
    const second = (await answer(caseworker, employer.id, file.version, allAnswered)).json() as VettingFile;
    expect(second.completeness.missingAnswers).toEqual([]);
    expect(second.selfAssessment.pay_slips).toEqual({ answer: "yes", note: "" });
  });

  it("needs If-Match with the version read: 428 without, 412 when stale", async () => {
    const employer = await registerEmployer(caseworker);
    const without = await caseworker({
      method: "PUT",
      url: `/api/employers/${employer.id}/vetting/declarations`,
      payload: { declarations: allDeclared, collectiveAgreement: "X" },
    });
    expectApiError(without, 428, "precondition_required");
    expect((await declare(caseworker, employer.id, 1)).statusCode).toBe(200);
    expectApiError(await declare(caseworker, employer.id, 1), 412, "precondition_failed");
    expectApiError(await decide(coordinator, employer.id, 1, "rejected", "No answer"), 412, "precondition_failed");
  });
});

describe("documents", () => {
  it("are checked by content: a photo loses its metadata, a text file called .pdf is refused", async () => {
    const employer = await registerEmployer(caseworker);
    const photo = await sharp({ create: { width: 30, height: 20, channels: 3, background: { r: 10, g: 120, b: 40 } } })
      .jpeg()
      .withExifMerge({ IFD0: { Make: "PhoneMaker" } })
      .toBuffer();
    const created = await upload(caseworker, employer.id, "accommodation_permit", {
      name: "permit.jpeg",
      type: "image/jpeg",
      bytes: photo,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      employerId: employer.id,
      kind: "accommodation_permit",
      mediaType: "image/jpeg",
      verified: false,
    });
    const [row] = await world.connection.db.select().from(employerDocuments).where(eq(employerDocuments.id, created.json().id));
    expect(row?.bytes.includes("PhoneMaker")).toBe(false);
    expect((await sharp(row?.bytes as Buffer).metadata()).exif).toBeUndefined();

    const fake = await upload(caseworker, employer.id, "other", {
      name: "cert.pdf",
      type: "application/pdf",
      bytes: Buffer.from("just text"),
    });
    expectApiError(fake, 415, "unsupported_media_type");
    expectApiError(await upload(caseworker, employer.id, "work_permit"), 400, "validation_failed", [
      { path: ["kind"], message: "errors.required" },
    ]);
    expect((await readFile(caseworker, employer.id)).documents).toHaveLength(1);
  });

  it("open through a short-lived signed link that no other download route accepts, audited", async () => {
    const employer = await registerEmployer(caseworker);
    const created = (await upload(caseworker, employer.id, "tax_clearance_certificate")).json();
    const linked = await inspector({ method: "POST", url: `/api/employer-documents/${created.id}/link` });
    expect(linked.statusCode, linked.body).toBe(200);
    const { url } = linked.json();
    expect(url).toMatch(/^\/api\/employer-documents\/files\//);
    const downloaded = await anonymous({ method: "GET", url });
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.headers["content-type"]).toBe("application/pdf");
    expect(downloaded.headers["cache-control"]).toBe("no-store");
    expect(downloaded.rawPayload.equals(PDF)).toBe(true);
    // A worker document's download route does not take a vetting document's token, and a changed token is nothing.
    const token = url.slice("/api/employer-documents/files/".length);
    expectApiError(await anonymous({ method: "GET", url: `/api/files/${token}` }), 404, "not_found");
    expectApiError(await anonymous({ method: "GET", url: withChangedSignature(url) }), 404, "not_found");
    const actions = (await auditTrailOf(world, created.id)).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["vetting.declare", "vetting.document.link", "vetting.document.download"]));
  });

  it("are verified by the coordinator or the inspector, never by the employer or a caseworker", async () => {
    const employer = await registerEmployer(caseworker);
    const asEmployer = await signInAsEmployer(world, caseworker, employer);
    const created = (await upload(asEmployer, employer.id, "social_security_certificate")).json();
    const verify = (request: Requester, verified = true) =>
      request({ method: "POST", url: `/api/employer-documents/${created.id}/verify`, payload: { verified } });
    expectApiError(await verify(asEmployer), 403, "forbidden");
    expectApiError(await verify(caseworker), 403, "forbidden");
    const verified = await verify(coordinator);
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().verified).toBe(true);
    expect(verified.json().verifiedAt).not.toBeNull();
    const undone = await verify(inspector, false);
    expect(undone.json()).toMatchObject({ verified: false, verifiedAt: null });
  });
});

describe("the centre's decision", () => {
  it("approves only a complete file with its required documents verified, naming what is missing", async () => {
    const employer = await registerEmployer(caseworker);
    const early = await decide(coordinator, employer.id, 1, "approved");
    expectApiError(early, 400, "validation_failed", [
      { path: ["declarations", "no_exploitation_convictions"], message: "errors.required" },
      { path: ["selfAssessment", "pay_slips"], message: "errors.required" },
      { path: ["documents", "criminal_record_certificate"], message: "errors.required" },
    ]);
    const file = await completeFile(employer);
    expect(file.completeness).toMatchObject({ complete: true, missingDocuments: [], unverifiedDocuments: [] });
    const approved = await decide(coordinator, employer.id, file.version, "approved");
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: "approved", conditions: "" });
  });

  it("goes pending → approved with conditions → suspended → approved, each step in the history with who and why", async () => {
    const employer = await registerEmployer(caseworker);
    let file = await completeFile(employer);
    const steps: [Requester, string, string][] = [
      [coordinator, "approved_with_conditions", "Drinking water at the far greenhouses by 1 June"],
      [inspector, "suspended", "Workers found without contracts on 12 May"],
      [coordinator, "approved", "Contracts signed, checked on site"],
    ];
    for (const [request, status, note] of steps) {
      const response = await decide(request, employer.id, file.version, status, note);
      expect(response.statusCode, response.body).toBe(200);
      file = response.json();
      expect(file.status).toBe(status);
    }
    expect(file.history.map((e) => [e.fromStatus, e.toStatus, e.note, e.byRole])).toEqual([
      [null, "pending", "", "caseworker"],
      ["pending", "approved_with_conditions", steps[0]?.[2], "coordinator"],
      ["approved_with_conditions", "suspended", steps[1]?.[2], "inspector"],
      ["suspended", "approved", steps[2]?.[2], "coordinator"],
    ]);
    expect(file.history.every((e) => e.byName !== null && e.at !== "")).toBe(true);
    expect(file.decidedAt).not.toBeNull();
  });

  it("requires conditions or a reason, and refuses moves the lifecycle does not have", async () => {
    const employer = await registerEmployer(caseworker);
    for (const status of ["approved_with_conditions", "rejected"]) {
      expectApiError(await decide(coordinator, employer.id, 1, status, "   "), 400, "validation_failed", [
        { path: ["note"], message: "errors.reasonRequired" },
      ]);
    }
    expectApiError(await decide(coordinator, employer.id, 1, "suspended", "Complaint"), 409, "invalid_transition");
    const rejected = await decide(inspector, employer.id, 1, "rejected", "Convicted for labour exploitation in 2024");
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: "rejected", conditions: "Convicted for labour exploitation in 2024" });
    const version = rejected.json().version;
    expectApiError(await decide(coordinator, employer.id, version, "approved"), 409, "invalid_transition");
    expectApiError(await decide(coordinator, employer.id, version, "pending"), 400, "validation_failed");
    const reopened = await decide(coordinator, employer.id, version, "pending", "New owner since March");
    expect(reopened.json()).toMatchObject({ status: "pending", conditions: "" });
  });

  it("is never the employer's nor a caseworker's to make, and a refusal is audited", async () => {
    const employer = await registerEmployer(caseworker);
    const asEmployer = await signInAsEmployer(world, caseworker, employer);
    expectApiError(await decide(asEmployer, employer.id, 1, "rejected", "Self"), 403, "forbidden");
    expectApiError(await decide(caseworker, employer.id, 1, "rejected", "No"), 403, "forbidden");
    expect((await readFile(asEmployer, employer.id)).status).toBe("pending");
  });
});

describe("who sees a file", () => {
  it("an employer sees their own and nothing of another's, which answers like a missing one", async () => {
    const own = await registerEmployer(caseworker);
    const other = await registerEmployer(caseworker);
    const asEmployer = await signInAsEmployer(world, caseworker, own);
    const document = (await upload(caseworker, other.id, "other")).json();
    await readFile(asEmployer, own.id);
    const missing = await asEmployer({ method: "GET", url: "/api/employers/3f0c1a52-2b7e-4c1d-9a57-8d2b6a0e4f11/vetting" });
    expectApiError(missing, 404, "not_found");
    const hidden = await asEmployer({ method: "GET", url: `/api/employers/${other.id}/vetting` });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual(missing.json());
    expectApiError(await declare(asEmployer, other.id, 1), 404, "not_found");
    expectApiError(await upload(asEmployer, other.id, "other"), 404, "not_found");
    expectApiError(await asEmployer({ method: "POST", url: `/api/employer-documents/${document.id}/link` }), 404, "not_found");
  });

  it("another centre's staff get 404, partners and anonymous visitors are refused", async () => {
    const employer = await registerEmployer(caseworker);
    const document = (await upload(caseworker, employer.id, "other")).json();
    expectApiError(await otherCentreCaseworker({ method: "GET", url: `/api/employers/${employer.id}/vetting` }), 404, "not_found");
    expectApiError(await declare(otherCentreCaseworker, employer.id, 1), 404, "not_found");
    expectApiError(await otherCentreCaseworker({ method: "POST", url: `/api/employer-documents/${document.id}/link` }), 404, "not_found");
    expectApiError(await partner({ method: "GET", url: `/api/employers/${employer.id}/vetting` }), 403, "forbidden");
    expectApiError(await anonymous({ method: "GET", url: `/api/employers/${employer.id}/vetting` }), 401, "unauthenticated");
  });
});
