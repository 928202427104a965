import type { TFunction } from "i18next";
import type { z } from "zod";
import type { ApiErrorDetail } from "../../core/shared/api-error.js";

/** A key of the "errors" namespace and its parameters: translated when shown, so a language switch re-translates. */
export interface FieldProblem {
  key: string;
  params?: Record<string, string | number>;
}

/** Maps a path of the API's input to the path of the form field that holds it (cents are typed as euros…). */
export type FormPathOf = (apiPath: readonly (string | number)[]) => string;

export const samePath: FormPathOf = (apiPath) => apiPath.join(".");

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const step of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/**
 * zod's issue as a translation key. The schemas of src/core already say "errors.…" where they know better;
 * for the rest, an empty field is "required", and limits say which limit.
 */
export function problemOf(issue: z.core.$ZodIssue, input: unknown): FieldProblem {
  const value = valueAt(input, issue.path);
  const empty = value === null || value === undefined || (typeof value === "string" && value.trim() === "");
  // An empty field is "required", not "this tax number is not valid"; a rule across fields keeps its own words.
  if (empty && issue.code !== "custom") return { key: "required" };
  if (issue.message.startsWith("errors.")) return { key: issue.message.slice("errors.".length) };
  if (empty) return { key: "required" };
  if (typeof value === "number" && Number.isNaN(value)) return { key: "invalidValue" };
  if (issue.code === "too_small")
    return { key: typeof value === "string" ? "required" : "tooSmall", params: { min: Number(issue.minimum) } };
  if (issue.code === "too_big") return { key: typeof value === "string" ? "tooLong" : "tooBig", params: { max: Number(issue.maximum) } };
  if (issue.code === "invalid_type" && issue.expected === "int") return { key: "notInteger" };
  if (issue.code === "invalid_format" && issue.format === "date") return { key: "invalidDate" };
  if (issue.code === "invalid_format" && issue.format === "email") return { key: "email" };
  return { key: "invalidValue" };
}

/** Every issue of a failed parse at its form field; the first problem of a field is the one shown. */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  formPathOf: FormPathOf = samePath,
): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    const path = formPathOf(issue.path.filter((step): step is string | number => typeof step !== "symbol"));
    problems[path] ??= problemOf(issue, input);
  }
  return problems;
}

/** The API's validation details, at the same fields. */
export function problemsFromApi(details: readonly ApiErrorDetail[], formPathOf: FormPathOf = samePath): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const detail of details) {
    const key = detail.message.startsWith("errors.") ? detail.message.slice("errors.".length) : "invalidValue";
    problems[formPathOf(detail.path)] ??= { key, params: detail.params };
  }
  return problems;
}

export function translateProblem(t: TFunction, problem: FieldProblem): string {
  return t(problem.key, { ns: "errors", ...problem.params, defaultValue: t("invalidValue", { ns: "errors" }) });
}

/** The details of a refusal that point at a field (a taken tax id, an invalid date…); the rest is about the whole form. */
export function fieldDetailsOf(error: unknown): ApiErrorDetail[] {
  if (!(error instanceof Error) || !("details" in error) || !Array.isArray(error.details)) return [];
  return (error.details as ApiErrorDetail[]).filter((detail) => detail.path.length > 0);
}
