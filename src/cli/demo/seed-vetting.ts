import { and, eq } from "drizzle-orm";
import type { Actor, Role } from "../../core/access/roles.js";
import type { EmployerDocumentKind, VettingDeclaration, VettingStatus } from "../../core/vetting/vetting-codes.js";
import { VETTING_DECLARATIONS } from "../../core/vetting/vetting-codes.js";
import { requiredDocuments } from "../../core/vetting/vetting-lifecycle.js";
import { SELF_ASSESSMENT_QUESTIONS, type SelfAssessmentAnswer } from "../../core/vetting/vetting-questions.js";
import type { Database } from "../../db/database.js";
import { findEmployer } from "../../db/repositories/employer-repository.js";
import { users } from "../../db/schema/auth.js";
import { prepareUpload } from "../../server/attachments/upload-attachment.js";
import { decideVetting } from "../../server/vetting/decide-vetting.js";
import { declareVetting } from "../../server/vetting/declare-vetting.js";
import { storeEmployerDocument, verifyEmployerDocument } from "../../server/vetting/employer-documents.js";
import { saveSelfAssessment } from "../../server/vetting/save-self-assessment.js";

/** A one-page PDF standing in for a scanned certificate. */
function scannedCertificate(title: string): Buffer {
  const text = title.replace(/[()\\]/g, "");
  const stream = `BT /F1 14 Tf 60 760 Td (${text}) Tj ET`;
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n` +
      `4 0 obj<</Length ${stream.length}>>stream\n${stream}\nendstream endobj\n` +
      `5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

interface DemoVettingFile {
  employerKey: string;
  /** Declarations answered no (the rest yes); none made when null. */
  denied: VettingDeclaration[] | null;
  collectiveAgreement: string;
  /** Answers that are not "yes", with their note; how many questions are answered at all. */
  answers: { answered: number; notYes: Partial<Record<(typeof SELF_ASSESSMENT_QUESTIONS)[number], [SelfAssessmentAnswer, string]>> };
  /** The documents filed, or every document the file requires, verified. */
  documents: { kind: EmployerDocumentKind; verified: boolean }[] | "all required, verified";
  /** Decisions in order, by the coordinator or the inspector. */
  decisions: { by: "coordinator" | "inspector"; status: VettingStatus; note: string }[];
}

/** A few files in every state: one still being filled in (the demo employer's own), approved, with conditions, suspended. */
const FILES: DemoVettingFile[] = [
  {
    employerKey: "pel-fraoules-ileias",
    denied: [],
    collectiveAgreement: "Collective agreement for agricultural workers of Ileia 2025–2026",
    answers: {
      answered: 6,
      notYes: { accommodation_standards: ["partly", "Second housing container gets air conditioning before July"] },
    },
    documents: [
      { kind: "criminal_record_certificate", verified: true },
      { kind: "social_security_certificate", verified: false },
    ],
    decisions: [],
  },
  {
    employerKey: "pel-kokkinos-kampos",
    denied: [],
    collectiveAgreement: "Collective agreement for agricultural workers of Ileia 2025–2026",
    answers: {
      answered: 10,
      notYes: { water_and_shade: ["partly", "Shade tents at the far tunnels are ordered"] },
    },
    documents: "all required, verified",
    decisions: [
      {
        by: "inspector",
        status: "approved_with_conditions",
        note: "Drinking water and shade at the far tunnels by 1 June; the centre checks on its next visit.",
      },
    ],
  },
  {
    employerKey: "pel-karamanos",
    denied: ["collective_agreement_applied"],
    collectiveAgreement: "",
    answers: { answered: 10, notYes: {} },
    documents: "all required, verified",
    decisions: [{ by: "coordinator", status: "approved", note: "Family olive grove, two seasonal workers; documents checked." }],
  },
  {
    employerKey: "pel-thermokipia-gastounis",
    denied: [],
    collectiveAgreement: "Collective agreement for agricultural workers of Ileia 2025–2026",
    answers: { answered: 10, notYes: { pay_slips: ["partly", "Pay slips on paper at the end of the month"] } },
    documents: "all required, verified",
    decisions: [
      { by: "coordinator", status: "approved", note: "" },
      {
        by: "inspector",
        status: "suspended",
        note: "Visit of 14 March: three workers without a written contract and wages paid in cash to a team leader.",
      },
    ],
  },
];

async function staffOf(db: Database, centreId: string, role: Role): Promise<Actor | null> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.centreId, centreId), eq(users.role, role)))
    .limit(1);
  return row ? { userId: row.id, role, centreId, workerId: null, employerId: null } : null;
}

/**
 * Vetting files of a few demo employers, filed and decided through the use cases as the centre would: declarations
 * and self-assessment entered by a caseworker for the employer, certificates uploaded and checked, decisions made.
 */
export async function seedVetting(db: Database, employerIds: Map<string, { id: string }>): Promise<number> {
  let seeded = 0;
  for (const file of FILES) {
    const employerId = employerIds.get(file.employerKey)?.id;
    const employer = employerId ? await findEmployer(db, employerId) : null;
    if (!employer) continue;
    const caseworker = await staffOf(db, employer.centreId, "caseworker");
    if (!caseworker) continue;
    const now = new Date();
    let version = 1;
    const declared = Object.fromEntries(VETTING_DECLARATIONS.map((code) => [code, !file.denied?.includes(code)])) as Record<
      VettingDeclaration,
      boolean
    >;
    if (file.denied) {
      version = (
        await declareVetting(
          db,
          caseworker,
          employer.id,
          { declarations: declared, collectiveAgreement: file.collectiveAgreement },
          version,
          now,
        )
      ).version;
    }
    const answers = Object.fromEntries(
      SELF_ASSESSMENT_QUESTIONS.slice(0, file.answers.answered).map((code) => {
        const [answer, note] = file.answers.notYes[code] ?? ["yes", ""];
        return [code, { answer, note }];
      }),
    );
    version = (await saveSelfAssessment(db, caseworker, employer.id, { answers }, version, now)).version;
    const documents =
      file.documents === "all required, verified"
        ? requiredDocuments({ declarations: declared, accommodationOffered: employer.accommodationOffered }).map((kind) => ({
            kind,
            verified: true,
          }))
        : file.documents;
    for (const document of documents) {
      const upload = await prepareUpload({
        kind: document.kind,
        fileName: `${document.kind.replaceAll("_", "-")}.pdf`,
        bytes: scannedCertificate(document.kind.replaceAll("_", " ")),
      });
      const stored = await storeEmployerDocument(db, caseworker, { employerId: employer.id, centreId: employer.centreId }, upload);
      if (document.verified) {
        const checker = (await staffOf(db, employer.centreId, "inspector")) ?? (await staffOf(db, employer.centreId, "coordinator"));
        if (checker) await verifyEmployerDocument(db, checker, stored.id, true, now);
      }
    }
    for (const decision of file.decisions) {
      const decider = await staffOf(db, employer.centreId, decision.by);
      if (!decider) break;
      version = (await decideVetting(db, decider, employer.id, { status: decision.status, note: decision.note }, version, new Date()))
        .version;
    }
    seeded += 1;
  }
  return seeded;
}
