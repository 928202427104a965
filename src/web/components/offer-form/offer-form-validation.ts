import { type OfferInput, offerInput, offerPatch } from "../../../core/offers/offer-schemas.js";
import { type FieldProblem, problemsFromIssues } from "../form-problems.js";
import { type OfferFormValues, offerFormPathOf, toOfferInput } from "./offer-form-values.js";

export type OfferFormCheck = { ok: true; input: OfferInput } | { ok: false; problems: Record<string, FieldProblem> };

/**
 * zod runs an object's cross-field rules only once every field is valid. The dates and the piece rate are checked
 * on their own too, with the same shared rules, so the person sees those problems in the same round as the rest.
 */
function coherenceProblems(input: Record<string, unknown>): Record<string, FieldProblem> {
  const subset: Record<string, unknown> = {};
  for (const key of ["startDate", "endDate", "payUnit", "pieceUnit", "piecesPerHour"]) {
    if (input[key] !== null && input[key] !== undefined) subset[key] = input[key];
  }
  const result = offerPatch.safeParse(subset);
  return result.success ? {} : problemsFromIssues(result.error.issues, input, offerFormPathOf);
}

/** Checks the form with the same zod schema the API uses; problems are keyed by the form's field paths. */
export function checkOfferForm(values: OfferFormValues): OfferFormCheck {
  const input = toOfferInput(values) as Record<string, unknown>;
  const result = offerInput.safeParse(input);
  if (result.success) return { ok: true, input: result.data };
  const problems = { ...coherenceProblems(input), ...problemsFromIssues(result.error.issues, input, offerFormPathOf) };
  // A piece rate names both what a piece is and how many are done in an hour: point at the empty one.
  if (values.payUnit === "piece" && values.pieceUnit.trim() === "") {
    problems.pieceUnit ??= { key: "required" };
    if (values.piecesPerHour !== "" && problems.piecesPerHour?.key === "pieceRateNeedsProductivity") delete problems.piecesPerHour;
  }
  return { ok: false, problems };
}
