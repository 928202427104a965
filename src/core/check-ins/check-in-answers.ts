import type { GrievanceCategory } from "../grievances/grievance-codes.js";
import { CHECK_IN_QUESTIONS, type CheckInAnswer, type CheckInKind, type CheckInQuestion } from "./check-in-codes.js";

export type CheckInAnswers = Partial<Record<CheckInQuestion, CheckInAnswer>>;

/** The questions asked, in order: housing only when the job came with accommodation. */
export function questionsFor(accommodationProvided: boolean): CheckInQuestion[] {
  return CHECK_IN_QUESTIONS.filter((question) => accommodationProvided || question !== "housing_ok");
}

/**
 * The grounds of the grievance a "no" opens, per question (docs/decent-work.md): not paid as agreed is withholding
 * of wages and unpaid wages; hours, excessive overtime; housing, housing; treatment, abusive working and living
 * conditions and harassment. Triage narrows them down once staff have spoken with the worker.
 */
export const GRIEVANCE_CATEGORIES_OF_NO: Record<CheckInQuestion, GrievanceCategory[]> = {
  paid_as_agreed: ["withholding_of_wages", "unpaid_wages"],
  hours_as_agreed: ["excessive_overtime"],
  housing_ok: ["housing"],
  treated_well: ["abusive_working_living_conditions", "harassment"],
};

/** The questions answered "no", in the order they are asked. */
export function problemsIn(answers: CheckInAnswers): CheckInQuestion[] {
  return CHECK_IN_QUESTIONS.filter((question) => answers[question] === "no");
}

/** The grievance categories the answers call for; none when no answer is "no". */
export function grievanceCategoriesFor(answers: CheckInAnswers): GrievanceCategory[] {
  return [...new Set(problemsIn(answers).flatMap((question) => GRIEVANCE_CATEGORIES_OF_NO[question]))];
}

const QUESTION_TEXT: Record<CheckInQuestion, string> = {
  paid_as_agreed: "Paid as agreed",
  hours_as_agreed: "Hours as agreed",
  housing_ok: "Housing in order",
  treated_well: "Treated well",
};
const KIND_TEXT: Record<CheckInKind, string> = { day_7: "day 7", day_30: "day 30", end_of_contract: "end of contract" };

/** The grievance's description: what the worker answered at the check-in, then their own words. */
export function grievanceDescription(checkIn: { kind: CheckInKind; dueOn: string }, answers: CheckInAnswers, comment: string): string {
  const lines = CHECK_IN_QUESTIONS.filter((question) => answers[question] !== undefined).map(
    (question) => `${QUESTION_TEXT[question]}: ${answers[question]}`,
  );
  const said = comment.trim() === "" ? [] : ["", `The worker's words: ${comment.trim()}`];
  return [`Check-in after placement (${KIND_TEXT[checkIn.kind]}, due ${checkIn.dueOn}).`, ...lines, ...said].join("\n");
}
