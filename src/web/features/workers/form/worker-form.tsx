import { Alert, Button, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconDeviceFloppy, IconX } from "@tabler/icons-react";
import { useBlocker } from "@tanstack/react-router";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type WorkerInput, workerInput } from "../../../../core/workers/worker-schemas.js";
import { isApiError } from "../../../api/api-error.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { FormErrorSummary, type FormProblem } from "../../../components/form-error-summary.js";
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
import { type FieldProblem, problemsFromApi, translateProblem } from "../../../components/form-problems.js";
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

/** The worker's file as one form, checked with the API's own zod schema before it is sent. */
export function WorkerForm({ initialValues, submitLabel, saving, saveError, onSave, onCancel }: WorkerFormProps) {
  const { t, i18n } = useTranslation("workers");
  const form = useForm<WorkerFormValues>({ mode: "controlled", initialValues });
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  // A ref, not state: the blocker must see "saved" in the same tick as the navigation that follows the save.
  const saved = useRef(false);

  const showProblems = (next: Record<string, FieldProblem>) => {
    setProblems(next);
    form.setErrors(Object.fromEntries(Object.entries(next).map(([path, problem]) => [path, translateProblem(t, problem)])));
    requestAnimationFrame(() => summaryRef.current?.querySelector<HTMLElement>("[role=alert]")?.focus());
  };

  // Errors are kept as keys, so switching language mid-form re-translates the messages on screen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run only when the language changes
  useEffect(() => {
    const visible = Object.keys(form.errors).filter((path) => problems[path]);
    if (visible.length > 0)
      form.setErrors(Object.fromEntries(visible.map((path) => [path, translateProblem(t, problems[path] as FieldProblem)])));
  }, [i18n.language]);

  // The API's answer to a save: its validation details go to the fields they are about.
  // biome-ignore lint/correctness/useExhaustiveDependencies: react to a new save error only, not to every render
  useEffect(() => {
    if (isApiError(saveError) && saveError.code === "validation_failed" && saveError.details.length > 0)
      showProblems(problemsFromApi(saveError.details, formPathOf));
    if (isApiError(saveError) && saveError.code === "phone_taken") showProblems({ phone: { key: "phoneTaken" } });
  }, [saveError]);

  // Leaving with unsaved changes asks first; a successful save lets the page move on.
  const hasUnsavedChanges = () => form.isDirty() && !saved.current;
  const blocker = useBlocker({ shouldBlockFn: hasUnsavedChanges, withResolver: true, enableBeforeUnload: hasUnsavedChanges });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = form.getValues();
    const found = validateWorkerForm(values);
    if (Object.keys(found).length > 0) {
      showProblems(found);
      return;
    }
    setProblems({});
    saved.current = true;
    onSave(workerInput.parse(toWorkerInput(values)));
  };
  useEffect(() => {
    if (saveError) saved.current = false;
  }, [saveError]);

  const summary: FormProblem[] = Object.entries(form.errors)
    .filter(([, message]) => !!message)
    .map(([path, message]) => (path ? { fieldId: fieldId(path), label: problemLabel(t, path), message } : { message }));
  const shownAtFields =
    isApiError(saveError) && (saveError.code === "phone_taken" || (saveError.code === "validation_failed" && saveError.details.length > 0));
  const otherError = saveError && !shownAtFields ? saveError : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <div ref={summaryRef}>
          <FormErrorSummary problems={summary} />
        </div>
        {otherError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {isApiError(otherError) && otherError.code === "conflict"
              ? t("form.conflict")
              : t(isApiError(otherError) ? `code.${otherError.code}` : "generic", { ns: "errors" })}
          </Alert>
        )}
        <IdentitySection form={form} />
        <LocationSection form={form} />
        <LanguagesSection form={form} />
        <AuthorisationsSection form={form} />
        <OccupationsSection form={form} />
        <SkillsSection form={form} />
        <CertificatesSection form={form} />
        <AvailabilitySection form={form} />
        <PreferencesSection form={form} />
        <Group
          justify="flex-end"
          gap="sm"
          pos="sticky"
          bottom={0}
          py="md"
          bg="gray.0"
          style={{ zIndex: 2, borderBlockStart: "1px solid var(--mantine-color-gray-3)" }}
        >
          <Button variant="default" leftSection={<IconX size={18} aria-hidden />} onClick={onCancel}>
            {t("action.cancel", { ns: "common" })}
          </Button>
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={20} aria-hidden />}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={blocker.status === "blocked"}
        title={t("form.leaveTitle")}
        message={t("form.leaveMessage")}
        confirmLabel={t("form.leaveConfirm")}
        destructive
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      />
    </form>
  );
}
