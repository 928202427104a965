import type { EmployerDocumentKind, VettingDeclaration, VettingStatus } from "./vetting-codes.js";
import { VETTING_DECLARATIONS } from "./vetting-codes.js";
import { SELF_ASSESSMENT_QUESTIONS, type SelfAssessmentQuestion } from "./vetting-questions.js";

/**
 * The moves of a vetting file. A pending file is decided; an approval can gain or lose conditions, be suspended or
 * withdrawn (rejected); a suspension is lifted or ends in a rejection; a rejected file is reopened (pending) when the
 * employer files again. Approving with conditions again revises the conditions.
 */
export const VETTING_MOVES: Record<VettingStatus, readonly VettingStatus[]> = {
  pending: ["approved", "approved_with_conditions", "rejected"],
  approved: ["approved_with_conditions", "suspended", "rejected"],
  approved_with_conditions: ["approved", "approved_with_conditions", "suspended", "rejected"],
  suspended: ["approved", "approved_with_conditions", "rejected"],
  rejected: ["pending"],
};

export function mayMove(from: VettingStatus, to: VettingStatus): boolean {
  return VETTING_MOVES[from].includes(to);
}

/** Statuses that need a written note: the conditions of the approval, or the reason of the decision. */
export const NOTE_REQUIRED: readonly VettingStatus[] = ["approved_with_conditions", "suspended", "rejected", "pending"];

/** Statuses that approve the employer: only a complete file, with its required documents verified, gets one. */
export const APPROVING_STATUSES: readonly VettingStatus[] = ["approved", "approved_with_conditions"];

/** Documents every employer files; the agreement and the accommodation permit only when they apply. */
export const ALWAYS_REQUIRED_DOCUMENTS: readonly EmployerDocumentKind[] = [
  "criminal_record_certificate",
  "social_security_certificate",
  "tax_clearance_certificate",
];

export interface CompletenessInput {
  declarations: Partial<Record<string, boolean>>;
  answers: Partial<Record<string, unknown>>;
  documents: readonly { kind: string; verified: boolean }[];
  accommodationOffered: boolean;
}

export interface Completeness {
  /** Declarations not made yet. */
  missingDeclarations: VettingDeclaration[];
  /** Declarations the employer could not affirm: the centre weighs them in its decision. */
  deniedDeclarations: VettingDeclaration[];
  missingAnswers: SelfAssessmentQuestion[];
  /** Required documents not filed. */
  missingDocuments: EmployerDocumentKind[];
  /** Required documents filed but none of their kind verified by the centre yet. */
  unverifiedDocuments: EmployerDocumentKind[];
  complete: boolean;
}

export function requiredDocuments(input: Pick<CompletenessInput, "declarations" | "accommodationOffered">): EmployerDocumentKind[] {
  const kinds = [...ALWAYS_REQUIRED_DOCUMENTS];
  if (input.declarations.collective_agreement_applied === true) kinds.push("collective_agreement");
  if (input.accommodationOffered) kinds.push("accommodation_permit");
  return kinds;
}

/** What a vetting file still lacks before the centre can approve it. */
export function completenessOf(input: CompletenessInput): Completeness {
  const missingDeclarations = VETTING_DECLARATIONS.filter((code) => typeof input.declarations[code] !== "boolean");
  const deniedDeclarations = VETTING_DECLARATIONS.filter((code) => input.declarations[code] === false);
  const missingAnswers = SELF_ASSESSMENT_QUESTIONS.filter((code) => input.answers[code] === undefined);
  const required = requiredDocuments(input);
  const missingDocuments = required.filter((kind) => !input.documents.some((d) => d.kind === kind));
  const unverifiedDocuments = required.filter(
    (kind) => !missingDocuments.includes(kind) && !input.documents.some((d) => d.kind === kind && d.verified),
  );
  const complete =
    missingDeclarations.length === 0 && missingAnswers.length === 0 && missingDocuments.length === 0 && unverifiedDocuments.length === 0;
  return { missingDeclarations, deniedDeclarations, missingAnswers, missingDocuments, unverifiedDocuments, complete };
}
