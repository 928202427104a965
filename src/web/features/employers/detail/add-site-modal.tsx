import { Alert, Button, Group, Modal, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCheck, IconMapPinPlus, IconX } from "@tabler/icons-react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessageKey, isApiError } from "../../../api/api-error.js";
import { type Employer, useAddEmployerSite } from "../../../api/employers.js";
import { FormErrorSummary } from "../../../components/form-error-summary.js";
import { fieldDetailsOf, problemsFromApi } from "../../../components/form-problems.js";
import { useFormProblems } from "../../../components/use-form-problems.js";
import { employerFieldId } from "../form/employer-form-types.js";
import { checkSite } from "../form/employer-form-validation.js";
import { newSite, type SiteFormValues } from "../form/employer-form-values.js";
import { employerProblemLabel } from "../form/employer-problem-labels.js";
import { SiteFields } from "../form/site-fields.js";

interface AddSiteModalProps {
  employer: Employer;
  opened: boolean;
  onClose: () => void;
}

/** Adds one site to a registered employer; the fields sit under "sites.0" so they share the form's ids and labels. */
export function AddSiteModal({ employer, opened, onClose }: AddSiteModalProps) {
  const { t, i18n } = useTranslation("employers");
  const form = useForm<{ sites: SiteFormValues[] }>({ mode: "controlled", initialValues: { sites: [newSite()] } });
  const problems = useFormProblems(form, t, i18n.language, { fieldIdOf: employerFieldId, labelOf: employerProblemLabel });
  const add = useAddEmployerSite(employer.id);
  const site = form.getValues().sites[0] ?? newSite();

  const close = () => {
    form.reset();
    problems.clear();
    add.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkSite(site);
    if (!check.ok) {
      problems.show(check.problems);
      return;
    }
    problems.clear();
    add.mutate(
      { site: check.value, version: employer.version },
      {
        onSuccess: (added) => {
          notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("sites.added", { name: added.name }) });
          close();
        },
        onError: (error) => {
          // The API names the site's fields without "sites.0": put them back where the dialog has them.
          const atFields = fieldDetailsOf(error);
          if (atFields.length > 0) problems.show(problemsFromApi(atFields, (path) => ["sites", 0, ...path].join(".")));
        },
      },
    );
  };

  const otherError = add.error && fieldDetailsOf(add.error).length === 0 ? add.error : null;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t("sites.addTitle", { name: employer.legalName })}
      size="xl"
      centered
      closeButtonProps={{ "aria-label": t("action.close", { ns: "common" }) }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div ref={problems.summaryRef}>
            <FormErrorSummary problems={problems.summary} />
          </div>
          {otherError && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              {isApiError(otherError) && otherError.code === "conflict"
                ? t("form.conflict")
                : t(errorMessageKey(otherError), { ns: "errors" })}
            </Alert>
          )}
          <SiteFields site={site} path="sites.0" inputProps={(path) => form.getInputProps(path)} fieldId={employerFieldId} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" leftSection={<IconX size={18} aria-hidden />} onClick={close}>
              {t("action.cancel", { ns: "common" })}
            </Button>
            <Button type="submit" loading={add.isPending} leftSection={<IconMapPinPlus size={18} aria-hidden />}>
              {t("sites.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
