import type { useForm } from "@mantine/form";
import type { EmployerFormValues } from "./employer-form-values.js";

// @mantine/form's type exports do not resolve under NodeNext, so the form's type is taken from useForm itself.
export type EmployerForm = ReturnType<typeof useForm<EmployerFormValues>>;
/** What getInputProps gives a field: value, onChange, error… */
export type FieldInputProps = ReturnType<EmployerForm["getInputProps"]>;

/** Every field has a stable id, so the error summary can take the reader to it. */
export function employerFieldId(path: string): string {
  return `employer-${path.replaceAll(".", "-")}`;
}
