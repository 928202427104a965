import dayjs from "dayjs";
import { type SeasonPlanRequest, seasonPlanRequest } from "../../../core/planning/plan-schemas.js";
import type { ApiErrorDetail } from "../../../core/shared/api-error.js";
import { type FieldProblem, problemsFromApi, problemsFromIssues } from "../../components/form-problems.js";

/** The new-plan form's state: dates are null while empty. */
export interface PlanDraft {
  centreIds: string[];
  seasonStart: string | null;
  seasonEnd: string | null;
  minScore: number;
  chaining: boolean;
}

export const DEFAULT_MIN_SCORE = 50;

/** A first guess a coordinator adjusts: the six months from the first day of next month, the reader's own centre. */
export function initialDraft(centreId: string | null, today = dayjs()): PlanDraft {
  const start = today.add(1, "month").startOf("month");
  return {
    centreIds: centreId ? [centreId] : [],
    seasonStart: start.format("YYYY-MM-DD"),
    seasonEnd: start.add(6, "month").subtract(1, "day").format("YYYY-MM-DD"),
    minScore: DEFAULT_MIN_SCORE,
    chaining: true,
  };
}

export function requestOf(draft: PlanDraft): SeasonPlanRequest {
  return {
    centreIds: draft.centreIds,
    seasonStart: draft.seasonStart ?? "",
    seasonEnd: draft.seasonEnd ?? "",
    minScore: draft.minScore,
    chaining: draft.chaining,
  };
}

/**
 * The API's refusals that only the planner makes (a centre that may not be planned) say "planning.errors.…"; as a
 * problem of the form they become "planning:errors.…", which translateProblem resolves in the planner's namespace.
 */
function planningProblem(message: string): FieldProblem | null {
  return message.startsWith("planning.") ? { key: `planning:${message.slice("planning.".length)}` } : null;
}

/** The form field a problem belongs to: one centre of the list ("centreIds.1") is the centres field. */
function fieldOf(path: readonly PropertyKey[]): string {
  return String(path[0] ?? "form");
}

export type DraftCheck = { ok: true; value: SeasonPlanRequest } | { ok: false; problems: Record<string, FieldProblem> };

/** Checked with the API's own schema, so the form says what the API would. */
export function checkDraft(draft: PlanDraft): DraftCheck {
  const request = requestOf(draft);
  const parsed = seasonPlanRequest.safeParse(request);
  if (parsed.success) return { ok: true, value: parsed.data };
  const byPath: Record<string, FieldProblem> = {};
  for (const issue of parsed.error.issues) {
    const path = fieldOf(issue.path);
    if (byPath[path]) continue;
    byPath[path] = planningProblem(issue.message) ?? Object.values(problemsFromIssues([issue], request))[0] ?? { key: "invalidValue" };
  }
  return { ok: false, problems: byPath };
}

/** The API's refusal at the same fields, its planner keys kept. */
export function problemsFromRefusal(details: readonly ApiErrorDetail[]): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const detail of details) {
    problems[fieldOf(detail.path)] ??= planningProblem(detail.message) ??
      Object.values(problemsFromApi([detail]))[0] ?? { key: "invalidValue" };
  }
  return problems;
}
