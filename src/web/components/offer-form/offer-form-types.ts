import type { useForm } from "@mantine/form";
import type { OfferFormValues } from "./offer-form-values.js";

// @mantine/form's type exports do not resolve under NodeNext, so the form's type is taken from useForm itself.
export type OfferForm = ReturnType<typeof useForm<OfferFormValues>>;

/** Every field has a stable id, so the error summary can take the reader to it. */
export function offerFieldId(path: string): string {
  return `offer-${path.replaceAll(".", "-")}`;
}

/** A field's props with its id, for the fields that take getInputProps as they are. */
export function offerInput(form: OfferForm, path: string, type?: "checkbox") {
  return { ...form.getInputProps(path, type ? { type } : undefined), id: offerFieldId(path) };
}
