import { notifications } from "@mantine/notifications";
import { IconCheck } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Worker } from "../../../core/workers/worker-schemas.js";
import { useUpdateWorker, useWorker } from "../../api/workers.js";
import { BackLink } from "../../components/back-link.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { WorkerForm } from "./form/worker-form.js";
import { formValuesOf } from "./form/worker-form-values.js";

const route = getRouteApi("/staff/workers/$workerId/edit");

export function WorkerEditPage() {
  const { workerId } = route.useParams();
  const worker = useWorker(workerId);
  if (worker.isPending) return <PageLoading rows={12} />;
  if (worker.isError) return <PageError error={worker.error} onRetry={() => void worker.refetch()} />;
  // Keyed by the worker, not the version: a save must not remount the form before it has navigated away.
  return <EditWorker key={worker.data.id} worker={worker.data} />;
}

function EditWorker({ worker }: { worker: Worker }) {
  const { t } = useTranslation("workers");
  const navigate = useNavigate();
  const update = useUpdateWorker(worker.id);
  const name = t("fullName", { given: worker.givenName, family: worker.familyName });
  const toDetail = () => void navigate({ to: "/staff/workers/$workerId", params: { workerId: worker.id } });
  return (
    <>
      <PageHeader
        title={t("edit.title", { name })}
        back={<BackLink to="/staff/workers/$workerId" params={{ workerId: worker.id }} label={name} />}
      />
      <WorkerForm
        initialValues={formValuesOf(worker)}
        submitLabel={t("edit.submit")}
        saving={update.isPending}
        saveError={update.error}
        onCancel={toDetail}
        onSave={(input) =>
          update.mutate(
            { patch: input, version: worker.version },
            {
              onSuccess: () => {
                notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("edit.done") });
                toDetail();
              },
            },
          )
        }
      />
    </>
  );
}
