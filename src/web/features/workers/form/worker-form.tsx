import { Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { TFunction } from "i18next";
import { type FormEvent, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { type WorkerInput, workerInput } from "../../../../core/workers/worker-schemas.js";
import { isApiError } from "../../../api/api-error.js";
import { FormActionsBar } from "../../../components/form-actions-bar.js";
import { FormErrorSummary } from "../../../components/form-error-summary.js";
import { problemsFromApi } from "../../../components/form-problems.js";
import { LeaveFormDialog } from "../../../components/leave-form-dialog.js";
import { SaveErrorAlert } from "../../../components/save-error-alert.js";
import { useFormProblems } from "../../../components/use-form-problems.js";
import { useUnsavedChanges } from "../../../components/use-unsaved-changes.js";
import { AuthorisationsSection } from "./authorisations-section.js";
import { AvailabilitySection } from "./availability-section.js";
import { CertificatesSection } from "./certificates-section.js";
import { IdentitySection } from "./identity-section.js";
import { LanguagesSection } from "./languages-section.js";
import { LocationSection } from "./location-section.js";
import { OccupationsSection } from "./occupations-section.js";
import { PreferencesSection } from "./preferences-section.js";
import { problemLabel } from "./problem-labels.js";
import { SkillsSection } from "./skills-section.js";
import { fieldId } from "./worker-form-types.js";
import { validateWorkerForm } from "./worker-form-validation.js";
import { formPathOf, toWorkerInput, type WorkerFormValues } from "./worker-form-values.js";

interface WorkerFormProps {
  initialValues: WorkerFormValues;
  submitLabel: string;
  saving: boolean;
  /** The error of the last save, if any: validation details go to their fields, anything else above the form. */
  saveError: Error | null;
  onSave: (input: WorkerInput) => void;
  onCancel: () => void;
}

/** A field the form has, or nothing: a problem without a field (a stale version) is listed without a link. */
const labelOf = (t: TFunction, path: string) => problemLabel(t, path);

/** The worker's file as one form, checked with the API's own zod schema before it is sent. */
export function WorkerForm({ initialValues, submitLabel, saving, saveError, onSave, onCancel }: WorkerFormProps) {
  const { t, i18n } = useTranslation("workers");
  const form = useForm<WorkerFormValues>({ mode: "controlled", initialValues });
  const problems = useFormProblems(form, t, i18n.language, { fieldIdOf: fieldId, labelOf });
  const unsaved = useUnsavedChanges(() => form.isDirty());

  // The API's answer to a save: its validation details go to the fields they are about.
  // biome-ignore lint/correctness/useExhaustiveDependencies: react to a new save error only, not to every render
  useEffect(() => {
    if (!saveError) return;
    unsaved.failed();
    if (isApiError(saveError) && saveError.code === "validation_failed" && saveError.details.length > 0) {
      problems.show(problemsFromApi(saveError.details, formPathOf));
    }
    if (isApiError(saveError) && saveError.code === "phone_taken") problems.show({ phone: { key: "phoneTaken" } });
  }, [saveError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = form.getValues();
    const found = validateWorkerForm(values);
    if (Object.keys(found).length > 0) {
      problems.show(found);
      return;
    }
    problems.clear();
    unsaved.saving();
    onSave(workerInput.parse(toWorkerInput(values)));
  };

  const shownAtFields =
    isApiError(saveError) && (saveError.code === "phone_taken" || (saveError.code === "validation_failed" && saveError.details.length > 0));
  const otherError = saveError && !shownAtFields ? saveError : null;
  // Problems the form has no field for (a stale version, an unknown key) are listed without a link.
  const summary = problems.summary.map((problem) => (problem.label ? problem : { message: problem.message }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <div ref={problems.summaryRef}>
          <FormErrorSummary problems={summary} />
        </div>
        {otherError && <SaveErrorAlert error={otherError} conflictMessage={t("form.conflict")} />}
        <IdentitySection form={form} />
        <LocationSection form={form} />
        <LanguagesSection form={form} />
        <AuthorisationsSection form={form} />
        <OccupationsSection form={form} />
        <SkillsSection form={form} />
        <CertificatesSection form={form} />
        <AvailabilitySection form={form} />
        <PreferencesSection form={form} />
        <FormActionsBar submitLabel={submitLabel} saving={saving} onCancel={onCancel} />
      </Stack>
      <LeaveFormDialog
        opened={unsaved.blocked}
        title={t("form.leaveTitle")}
        message={t("form.leaveMessage")}
        confirmLabel={t("form.leaveConfirm")}
        onLeave={unsaved.proceed}
        onStay={unsaved.stay}
      />
    </form>
  );
}
