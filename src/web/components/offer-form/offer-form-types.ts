import type { UseFormReturnType } from "@mantine/form";
import type { OfferFormValues } from "./offer-form-values.js";

export type OfferForm = UseFormReturnType<OfferFormValues>;

/** Every field has a stable id, so the error summary can take the reader to it. */
export function offerFieldId(path: string): string {
  return `offer-${path.replaceAll(".", "-")}`;
}

/** A field's props with its id, for the fields that take getInputProps as they are. */
export function offerInput(form: OfferForm, path: string, type?: "checkbox") {
  return { ...form.getInputProps(path, type ? { type } : undefined), id: offerFieldId(path) };
}
