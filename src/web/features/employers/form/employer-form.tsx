import { Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { type FormEvent, useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { EmployerInput } from "../../../api/employers.js";
import { FormActionsBar } from "../../../components/form-actions-bar.js";
import { FormErrorSummary } from "../../../components/form-error-summary.js";
import { fieldDetailsOf, problemsFromApi } from "../../../components/form-problems.js";
import { LeaveFormDialog } from "../../../components/leave-form-dialog.js";
import { SaveErrorAlert } from "../../../components/save-error-alert.js";
import { useFormProblems } from "../../../components/use-form-problems.js";
import { useUnsavedChanges } from "../../../components/use-unsaved-changes.js";
import { CompanySection } from "./company-section.js";
import { ContactSection } from "./contact-section.js";
import { employerFieldId } from "./employer-form-types.js";
import { checkEmployerDetails, checkEmployerRegistration } from "./employer-form-validation.js";
import type { EmployerFormValues } from "./employer-form-values.js";
import { employerProblemLabel } from "./employer-problem-labels.js";
import { SitesSection } from "./sites-section.js";

interface EmployerFormCommon {
  initialValues: EmployerFormValues;
  submitLabel: string;
  saving: boolean;
  /** The error of the last save: details about a field (a taken tax id…) go to that field, the rest above the form. */
  saveError: Error | null;
  onCancel: () => void;
}

/** A registration has sites; an edit changes the company's own fields only (sites are added one by one). */
type EmployerFormProps = EmployerFormCommon &
  ({ mode: "create"; onSave: (input: EmployerInput) => void } | { mode: "edit"; onSave: (details: Omit<EmployerInput, "sites">) => void });

export function EmployerForm(props: EmployerFormProps) {
  const { initialValues, submitLabel, saving, saveError, onCancel } = props;
  const { t, i18n } = useTranslation("employers");
  const form = useForm<EmployerFormValues>({ mode: "controlled", initialValues });
  const problems = useFormProblems(form, t, i18n.language, { fieldIdOf: employerFieldId, labelOf: employerProblemLabel });
  const guard = useUnsavedChanges(() => form.isDirty());

  // biome-ignore lint/correctness/useExhaustiveDependencies: react to a new save error only
  useEffect(() => {
    if (!saveError) return;
    guard.failed();
    const atFields = fieldDetailsOf(saveError);
    if (atFields.length > 0) problems.show(problemsFromApi(atFields));
  }, [saveError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = form.getValues();
    if (props.mode === "create") {
      const check = checkEmployerRegistration(values);
      if (!check.ok) return problems.show(check.problems);
      problems.clear();
      guard.saving();
      props.onSave(check.value);
    } else {
      const check = checkEmployerDetails(values);
      if (!check.ok) return problems.show(check.problems);
      problems.clear();
      guard.saving();
      props.onSave(check.value);
    }
  };

  const otherError = saveError && fieldDetailsOf(saveError).length === 0 ? saveError : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <div ref={problems.summaryRef}>
          <FormErrorSummary problems={problems.summary} />
        </div>
        {otherError && <SaveErrorAlert error={otherError} conflictMessage={t("form.conflict")} />}
        <CompanySection form={form} />
        <ContactSection form={form} />
        {props.mode === "create" && <SitesSection form={form} />}
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
