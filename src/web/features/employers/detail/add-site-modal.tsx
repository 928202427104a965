import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconMapPinPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { type Employer, useAddEmployerSite } from "../../../api/employers.js";
import { FormErrorSummary } from "../../../components/form-error-summary.js";
import { FormModal } from "../../../components/form-modal.js";
import { fieldDetailsOf, problemsFromApi } from "../../../components/form-problems.js";
import { ModalForm } from "../../../components/modal-form.js";
import { SaveErrorAlert } from "../../../components/save-error-alert.js";
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

  const submit = () => {
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
    <FormModal opened={opened} onClose={close} title={t("sites.addTitle", { name: employer.legalName })} size="xl">
      <ModalForm
        onSubmit={submit}
        noValidate
        onCancel={close}
        submitLabel={t("sites.add")}
        submitIcon={<IconMapPinPlus size={18} aria-hidden />}
        saving={add.isPending}
      >
        <div ref={problems.summaryRef}>
          <FormErrorSummary problems={problems.summary} />
        </div>
        {otherError && <SaveErrorAlert error={otherError} conflictMessage={t("form.conflict")} />}
        <SiteFields site={site} path="sites.0" inputProps={(path) => form.getInputProps(path)} fieldId={employerFieldId} />
      </ModalForm>
    </FormModal>
  );
}
