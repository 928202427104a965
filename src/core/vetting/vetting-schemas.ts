import { z } from "zod";
import { ROLES } from "../access/roles.js";
import { ACCEPTED_MEDIA_TYPES } from "../attachments/attachment-schemas.js";
import { uuid } from "../shared/primitives.js";
import { EMPLOYER_DOCUMENT_KINDS, VETTING_DECLARATIONS, VETTING_STATUSES, type VettingDeclaration } from "./vetting-codes.js";
import { SELF_ASSESSMENT_ANSWERS, SELF_ASSESSMENT_QUESTIONS, type SelfAssessmentQuestion } from "./vetting-questions.js";

const note = (max: number) => z.string().trim().max(max, { message: "errors.tooLong" });

/** Every declaration answered, true or false, signed by whoever sends it. */
export const declarationsInput = z
  .strictObject({
    declarations: z.strictObject(
      Object.fromEntries(VETTING_DECLARATIONS.map((code) => [code, z.boolean()])) as Record<VettingDeclaration, z.ZodBoolean>,
    ),
    /** The collective agreement the employer applies (its name or reference), when they declare one. */
    collectiveAgreement: note(200).default(""),
  })
  .superRefine((input, context) => {
    if (input.declarations.collective_agreement_applied && input.collectiveAgreement === "") {
      context.addIssue({ code: "custom", path: ["collectiveAgreement"], message: "errors.required" });
    }
  });
export type DeclarationsInput = z.input<typeof declarationsInput>;

export const selfAssessmentAnswer = z.strictObject({
  answer: z.enum(SELF_ASSESSMENT_ANSWERS),
  note: note(1000).default(""),
});
export type SelfAssessmentAnswerInput = z.output<typeof selfAssessmentAnswer>;

/** The whole questionnaire as it stands: questions left out are not answered yet (it can be saved half-way). */
export const selfAssessmentInput = z.strictObject({
  answers: z.strictObject(
    Object.fromEntries(SELF_ASSESSMENT_QUESTIONS.map((code) => [code, selfAssessmentAnswer.optional()])) as Record<
      SelfAssessmentQuestion,
      z.ZodOptional<typeof selfAssessmentAnswer>
    >,
  ),
});
export type SelfAssessmentInput = z.input<typeof selfAssessmentInput>;

/** A decision of the centre: the new status and its conditions or reason. */
export const vettingDecisionInput = z.strictObject({
  status: z.enum(VETTING_STATUSES),
  note: note(2000).default(""),
});
export type VettingDecisionInput = z.input<typeof vettingDecisionInput>;

export const documentVerificationInput = z.strictObject({ verified: z.boolean() });

export const employerDocument = z.object({
  id: uuid,
  employerId: uuid,
  kind: z.enum(EMPLOYER_DOCUMENT_KINDS),
  fileName: z.string(),
  mediaType: z.enum(ACCEPTED_MEDIA_TYPES),
  size: z.number().int(),
  verified: z.boolean(),
  verifiedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type EmployerDocument = z.infer<typeof employerDocument>;

export const vettingEvent = z.object({
  id: uuid,
  fromStatus: z.enum(VETTING_STATUSES).nullable(),
  toStatus: z.enum(VETTING_STATUSES),
  note: z.string(),
  byRole: z.enum(ROLES),
  byName: z.string().nullable(),
  at: z.string(),
});
export type VettingEvent = z.infer<typeof vettingEvent>;

export const vettingCompleteness = z.object({
  missingDeclarations: z.array(z.enum(VETTING_DECLARATIONS)),
  deniedDeclarations: z.array(z.enum(VETTING_DECLARATIONS)),
  missingAnswers: z.array(z.enum(SELF_ASSESSMENT_QUESTIONS)),
  missingDocuments: z.array(z.enum(EMPLOYER_DOCUMENT_KINDS)),
  unverifiedDocuments: z.array(z.enum(EMPLOYER_DOCUMENT_KINDS)),
  complete: z.boolean(),
});

/** An employer's vetting file as the API shows it: a file never opened reads as pending, version 1. */
export const vettingFile = z.object({
  employerId: uuid,
  status: z.enum(VETTING_STATUSES),
  /** The conditions of an approval with conditions, or the reason of a suspension or rejection. */
  conditions: z.string(),
  declarations: z.partialRecord(z.enum(VETTING_DECLARATIONS), z.boolean()),
  collectiveAgreement: z.string(),
  declaredAt: z.string().nullable(),
  declaredByName: z.string().nullable(),
  selfAssessment: z.partialRecord(
    z.enum(SELF_ASSESSMENT_QUESTIONS),
    z.object({ answer: z.enum(SELF_ASSESSMENT_ANSWERS), note: z.string() }),
  ),
  selfAssessedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
  history: z.array(vettingEvent),
  documents: z.array(employerDocument),
  completeness: vettingCompleteness,
});
export type VettingFile = z.infer<typeof vettingFile>;
