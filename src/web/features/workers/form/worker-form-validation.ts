import { workerInput } from "../../../../core/workers/worker-schemas.js";
import { type FieldProblem, problemsFromIssues } from "../../../components/form-problems.js";
import { formPathOf, toWorkerInput, type WorkerFormValues } from "./worker-form-values.js";

/** Checks the form with the same zod schema the API uses; problems are keyed by the form's field paths. */
export function validateWorkerForm(values: WorkerFormValues): Record<string, FieldProblem> {
  const input = toWorkerInput(values);
  const result = workerInput.safeParse(input);
  return result.success ? {} : problemsFromIssues(result.error.issues, input, formPathOf);
}
