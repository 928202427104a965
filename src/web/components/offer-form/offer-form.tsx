import { Alert, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { type FormEvent, useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { OfferInput } from "../../../core/offers/offer-schemas.js";
import { errorMessageKey, isApiError } from "../../api/api-error.js";
import { FormActionsBar } from "../form-actions-bar.js";
import { FormErrorSummary } from "../form-error-summary.js";
import { fieldDetailsOf, problemsFromApi } from "../form-problems.js";
import { LeaveFormDialog } from "../leave-form-dialog.js";
import { isStaleVersion, SaveErrorAlert } from "../save-error-alert.js";
import { useFormProblems } from "../use-form-problems.js";
import { useUnsavedChanges } from "../use-unsaved-changes.js";
import { OfferConditionsSection } from "./offer-conditions-section.js";
import { offerFieldId } from "./offer-form-types.js";
import { checkOfferForm } from "./offer-form-validation.js";
import { type OfferFormValues, offerFormPathOf } from "./offer-form-values.js";
import { OfferJobSection } from "./offer-job-section.js";
import { OfferPaySection } from "./offer-pay-section.js";
import { type OfferEmployerMode, OfferPlaceSection } from "./offer-place-section.js";
import { offerProblemLabel } from "./offer-problem-labels.js";
import { OfferRequirementsSection } from "./offer-requirements-section.js";

interface OfferFormProps {
  initialValues: OfferFormValues;
  /** Chosen for a new offer, fixed once it exists, the signed-in company's own in the employer portal. */
  employerMode: OfferEmployerMode;
  submitLabel: string;
  saving: boolean;
  /** The error of the last save, if any: details about a field go to that field, anything else above the form. */
  saveError: Error | null;
  onSave: (input: OfferInput) => void;
  onCancel: () => void;
}

/** A job offer as one form, checked with the API's own zod schema before it is sent; staff and employers share it. */
export function OfferForm({ initialValues, employerMode, submitLabel, saving, saveError, onSave, onCancel }: OfferFormProps) {
  const { t, i18n } = useTranslation("offers");
  const form = useForm<OfferFormValues>({ mode: "controlled", initialValues });
  const problems = useFormProblems(form, t, i18n.language, { fieldIdOf: offerFieldId, labelOf: offerProblemLabel });
  const guard = useUnsavedChanges(() => form.isDirty());

  // biome-ignore lint/correctness/useExhaustiveDependencies: react to a new save error only
  useEffect(() => {
    if (!saveError) return;
    guard.failed();
    const atFields = fieldDetailsOf(saveError);
    if (atFields.length > 0) problems.show(problemsFromApi(atFields, offerFormPathOf));
  }, [saveError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkOfferForm(form.getValues());
    if (!check.ok) {
      problems.show(check.problems);
      return;
    }
    problems.clear();
    guard.saving();
    onSave(check.input);
  };

  const otherError = saveError && fieldDetailsOf(saveError).length === 0 ? saveError : null;
  const otherMessage = (error: Error) => {
    if (!isApiError(error)) return t("generic", { ns: "errors" });
    if (error.code === "invalid_transition") return t("form.notEditable");
    return t(errorMessageKey(error), { ns: "errors" });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <div ref={problems.summaryRef}>
          <FormErrorSummary problems={problems.summary} />
        </div>
        {otherError && isStaleVersion(otherError) && <SaveErrorAlert error={otherError} conflictMessage={t("form.conflict")} />}
        {otherError && !isStaleVersion(otherError) && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {otherMessage(otherError)}
          </Alert>
        )}
        <OfferPlaceSection form={form} employerMode={employerMode} />
        <OfferJobSection form={form} />
        <OfferPaySection form={form} />
        <OfferConditionsSection form={form} />
        <OfferRequirementsSection form={form} />
        <FormActionsBar submitLabel={submitLabel} saving={saving} onCancel={onCancel} />
      </Stack>
      <LeaveFormDialog
        opened={guard.blocked}
        title={t("form.leaveTitle")}
        message={t("form.leaveMessage")}
        confirmLabel={t("form.leaveConfirm")}
        onLeave={guard.proceed}
        onStay={guard.stay}
      />
    </form>
  );
}
