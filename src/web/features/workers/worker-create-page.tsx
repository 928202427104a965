import { notifications } from "@mantine/notifications";
import { IconCheck } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { UI_LANGUAGES, type UiLanguage } from "../../../core/reference/codes.js";
import { useCreateWorker } from "../../api/workers.js";
import { BackLink } from "../../components/back-link.js";
import { PageHeader } from "../../components/page-header.js";
import { WorkerForm } from "./form/worker-form.js";
import { emptyWorkerForm } from "./form/worker-form-values.js";

export function WorkerCreatePage() {
  const { t, i18n } = useTranslation("workers");
  const navigate = useNavigate();
  const create = useCreateWorker();
  // The interview usually happens in the caseworker's language; it is a starting point, changed in one click.
  const [initialValues] = useState(() =>
    emptyWorkerForm((UI_LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as UiLanguage) : null),
  );
  return (
    <>
      <PageHeader
        title={t("create.title")}
        description={t("create.description")}
        back={<BackLink to="/staff/workers" label={t("list.title")} />}
      />
      <WorkerForm
        initialValues={initialValues}
        submitLabel={t("create.submit")}
        saving={create.isPending}
        saveError={create.error}
        onCancel={() => void navigate({ to: "/staff/workers" })}
        onSave={(input) =>
          create.mutate(input, {
            onSuccess: (worker) => {
              notifications.show({
                color: "olive",
                icon: <IconCheck size={18} />,
                message: t("create.done", { name: `${worker.givenName} ${worker.familyName}` }),
              });
              void navigate({ to: "/staff/workers/$workerId", params: { workerId: worker.id } });
            },
          })
        }
      />
    </>
  );
}
