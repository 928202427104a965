import { notifications } from "@mantine/notifications";
import { IconCheck } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCreateEmployer } from "../../api/employers.js";
import { BackLink } from "../../components/back-link.js";
import { PageHeader } from "../../components/page-header.js";
import { EmployerForm } from "./form/employer-form.js";
import { emptyEmployerForm } from "./form/employer-form-values.js";

export function EmployerCreatePage() {
  const { t } = useTranslation("employers");
  const navigate = useNavigate();
  const create = useCreateEmployer();
  const [initialValues] = useState(emptyEmployerForm);
  return (
    <>
      <PageHeader
        title={t("create.title")}
        description={t("create.description")}
        back={<BackLink to="/staff/employers" label={t("list.title")} />}
      />
      <EmployerForm
        mode="create"
        initialValues={initialValues}
        submitLabel={t("create.submit")}
        saving={create.isPending}
        saveError={create.error}
        onCancel={() => void navigate({ to: "/staff/employers" })}
        onSave={(input) =>
          create.mutate(input, {
            onSuccess: (employer) => {
              notifications.show({
                color: "olive",
                icon: <IconCheck size={18} />,
                message: t("create.done", { name: employer.legalName }),
              });
              void navigate({ to: "/staff/employers/$employerId", params: { employerId: employer.id } });
            },
          })
        }
      />
    </>
  );
}
