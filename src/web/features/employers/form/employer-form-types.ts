import type { UseFormReturnType } from "@mantine/form";
import type { EmployerFormValues } from "./employer-form-values.js";

export type EmployerForm = UseFormReturnType<EmployerFormValues>;

/** Every field has a stable id, so the error summary can take the reader to it. */
export function employerFieldId(path: string): string {
  return `employer-${path.replaceAll(".", "-")}`;
}
