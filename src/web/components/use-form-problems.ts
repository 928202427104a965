import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useEffect, useRef, useState } from "react";
import type { FormProblem } from "./form-error-summary.js";
import { type FieldProblem, translateProblem } from "./form-problems.js";

interface FormProblemsOptions {
  /** The id of a field's input, for the summary's links. */
  fieldIdOf: (path: string) => string;
  /** The name of a field ("Site 2 · Region") for the summary. */
  labelOf: (t: TFunction, path: string) => string | undefined;
}

/**
 * The problems of a form, kept as translation keys: shown at their fields and in the summary at the top (which
 * takes the focus), and translated again when the language changes mid-form.
 */
/** The part of a @mantine/form form this needs; any form's values fit. */
interface FormWithErrors {
  errors: Record<string, ReactNode>;
  setErrors: (errors: Record<string, ReactNode>) => void;
  clearErrors: () => void;
}

export function useFormProblems(form: FormWithErrors, t: TFunction, language: string, { fieldIdOf, labelOf }: FormProblemsOptions) {
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const summaryRef = useRef<HTMLDivElement>(null);

  const show = (next: Record<string, FieldProblem>) => {
    setProblems(next);
    form.setErrors(Object.fromEntries(Object.entries(next).map(([path, problem]) => [path, translateProblem(t, problem)])));
    requestAnimationFrame(() => summaryRef.current?.querySelector<HTMLElement>("[role=alert]")?.focus());
  };

  const clear = () => {
    setProblems({});
    form.clearErrors();
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run only when the language changes
  useEffect(() => {
    const visible = Object.keys(form.errors).filter((path) => problems[path]);
    if (visible.length > 0)
      form.setErrors(Object.fromEntries(visible.map((path) => [path, translateProblem(t, problems[path] as FieldProblem)])));
  }, [language]);

  const summary: FormProblem[] = Object.entries(form.errors)
    .filter(([, message]) => !!message)
    .map(([path, message]) => ({ fieldId: fieldIdOf(path), label: labelOf(t, path), message }));

  return { show, clear, summary, summaryRef };
}
