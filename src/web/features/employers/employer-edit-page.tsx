import { notifications } from "@mantine/notifications";
import { IconCheck } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { type Employer, useEmployer, useUpdateEmployer } from "../../api/employers.js";
import { BackLink } from "../../components/back-link.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { EmployerForm } from "./form/employer-form.js";
import { changedDetails, employerFormValuesOf } from "./form/employer-form-values.js";

const route = getRouteApi("/staff/employers/$employerId/edit");

export function EmployerEditPage() {
  const { employerId } = route.useParams();
  const employer = useEmployer(employerId);
  if (employer.isPending) return <PageLoading rows={10} />;
  if (employer.isError) return <PageError error={employer.error} onRetry={() => void employer.refetch()} />;
  // Keyed by version: after a save elsewhere and a reload, the form starts again from what is stored.
  return <EditEmployer key={employer.data.version} employer={employer.data} />;
}

function EditEmployer({ employer }: { employer: Employer }) {
  const { t } = useTranslation("employers");
  const navigate = useNavigate();
  const update = useUpdateEmployer(employer.id);
  const toDetail = () => void navigate({ to: "/staff/employers/$employerId", params: { employerId: employer.id } });
  return (
    <>
      <PageHeader
        title={t("edit.title", { name: employer.legalName })}
        description={t("edit.description")}
        back={<BackLink to="/staff/employers/$employerId" params={{ employerId: employer.id }} label={employer.legalName} />}
      />
      <EmployerForm
        mode="edit"
        initialValues={employerFormValuesOf(employer)}
        submitLabel={t("edit.submit")}
        saving={update.isPending}
        saveError={update.error}
        onCancel={toDetail}
        onSave={(details) => {
          const patch = changedDetails(employer, details);
          if (Object.keys(patch).length === 0) {
            toDetail();
            return;
          }
          update.mutate(
            { patch, version: employer.version },
            {
              onSuccess: () => {
                notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("edit.done") });
                toDetail();
              },
            },
          );
        }}
      />
    </>
  );
}
