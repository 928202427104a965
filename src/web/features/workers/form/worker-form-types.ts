import type { useForm } from "@mantine/form";
import type { WorkerFormValues } from "./worker-form-values.js";

// @mantine/form's type exports do not resolve under NodeNext (`export type * from './types'` has no extension),
// so the form's type is taken from useForm itself.
export type WorkerForm = ReturnType<typeof useForm<WorkerFormValues>>;

/** Every field has a stable id, so the error summary can take the reader to it. */
export function fieldId(path: string): string {
  return `worker-${path.replaceAll(".", "-")}`;
}
