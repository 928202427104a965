import { describe, expect, it } from "vitest";
import { VETTING_DECLARATIONS, VETTING_STATUSES } from "./vetting-codes.js";
import { completenessOf, mayMove, NOTE_REQUIRED, requiredDocuments, VETTING_MOVES } from "./vetting-lifecycle.js";
import { SELF_ASSESSMENT_QUESTIONS } from "./vetting-questions.js";

const allYes = Object.fromEntries(VETTING_DECLARATIONS.map((code) => [code, true]));
const allAnswered = Object.fromEntries(SELF_ASSESSMENT_QUESTIONS.map((code) => [code, { answer: "yes", note: "" }]));

describe("the vetting lifecycle", () => {
  it("never leaves a status without a way out, and only reopens a rejected file", () => {
    for (const status of VETTING_STATUSES) expect(VETTING_MOVES[status].length).toBeGreaterThan(0);
    expect(VETTING_MOVES.rejected).toEqual(["pending"]);
    expect(mayMove("pending", "suspended")).toBe(false);
    expect(mayMove("suspended", "approved")).toBe(true);
    expect(mayMove("approved", "approved")).toBe(false);
  });

  it("asks for a note on every decision but a plain approval", () => {
    expect(VETTING_STATUSES.filter((status) => !NOTE_REQUIRED.includes(status))).toEqual(["approved"]);
  });
});

describe("the completeness of a file", () => {
  it("requires the agreement and the housing permit only when they apply", () => {
    expect(requiredDocuments({ declarations: {}, accommodationOffered: false })).toEqual([
      "criminal_record_certificate",
      "social_security_certificate",
      "tax_clearance_certificate",
    ]);
    expect(requiredDocuments({ declarations: allYes, accommodationOffered: true })).toEqual(
      expect.arrayContaining(["collective_agreement", "accommodation_permit"]),
    );
  });

  it("tells a missing document from one filed but not verified, and counts a denied declaration as answered", () => {
    const result = completenessOf({
      declarations: { ...allYes, contributions_paid: false, collective_agreement_applied: false },
      answers: allAnswered,
      documents: [
        { kind: "criminal_record_certificate", verified: true },
        { kind: "social_security_certificate", verified: false },
        { kind: "social_security_certificate", verified: false },
      ],
      accommodationOffered: false,
    });
    expect(result).toEqual({
      missingDeclarations: [],
      deniedDeclarations: ["contributions_paid", "collective_agreement_applied"],
      missingAnswers: [],
      missingDocuments: ["tax_clearance_certificate"],
      unverifiedDocuments: ["social_security_certificate"],
      complete: false,
    });
  });

  it("is complete with every declaration and answer and one verified document of each required kind", () => {
    const documents = requiredDocuments({ declarations: allYes, accommodationOffered: true }).flatMap((kind) => [
      { kind, verified: false },
      { kind, verified: true },
    ]);
    expect(completenessOf({ declarations: allYes, answers: allAnswered, documents, accommodationOffered: true }).complete).toBe(true);
  });
});
