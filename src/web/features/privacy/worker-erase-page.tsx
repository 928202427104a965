import { Alert, Button, Group, List, Select, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconEraser } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { confirmsErasure } from "../../../core/privacy/erasure-confirmation.js";
import { ERASURE_REQUEST_REASONS } from "../../../core/privacy/privacy-schemas.js";
import type { Worker } from "../../../core/workers/worker-schemas.js";
import { actorOf, useMe } from "../../api/me.js";
import { useEraseWorker } from "../../api/privacy.js";
import { workerQuery } from "../../api/workers.js";
import { BackLink } from "../../components/back-link.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { SectionCard } from "../../components/section-card.js";
import { ActionError } from "./action-error.js";

const route = getRouteApi("/staff/workers/$workerId/erase");
type Reason = (typeof ERASURE_REQUEST_REASONS)[number];

/** Erasure of a worker's personal data (GDPR art. 17), confirmed by typing their full name or file reference. */
export function WorkerErasePage() {
  const { workerId } = route.useParams();
  const me = useMe();
  // The coordinator reads the file and sees whose it is; the data protection officer sees files only through their
  // export, so they confirm with the name or reference the person gave, and the server checks it.
  const mayRead = me.data ? mayEver(actorOf(me.data), "worker.read") : false;
  const worker = useQuery({ ...workerQuery(workerId), enabled: mayRead });
  if (!me.data || (mayRead && worker.isPending)) return <PageLoading rows={4} />;
  if (worker.isError) return <PageError error={worker.error} onRetry={() => void worker.refetch()} />;
  return <EraseForm workerId={workerId} worker={worker.data ?? null} />;
}

function EraseForm({ workerId, worker }: { workerId: string; worker: Worker | null }) {
  const { t } = useTranslation("privacy");
  const navigate = useNavigate();
  const erase = useEraseWorker(workerId);
  const [reason, setReason] = useState<Reason | null>(null);
  const [confirmation, setConfirmation] = useState("");
  const name = worker ? t("fullName", { ns: "workers", given: worker.givenName, family: worker.familyName }) : null;
  const confirmed = worker ? confirmsErasure(confirmation, worker) : confirmation.trim().length > 0;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason || !confirmed) return;
    erase.mutate(
      { reason, confirmation },
      {
        onSuccess: () => {
          notifications.show({ color: "olive", message: t("erase.done") });
          void navigate({ to: name ? "/staff/workers" : "/staff/privacy" });
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={name ? t("erase.title", { name }) : t("erase.titleByReference")}
        back={
          name ? (
            <BackLink to="/staff/workers/$workerId" params={{ workerId }} label={t("export.backToFile")} />
          ) : (
            <BackLink to="/staff/privacy" label={t("record.title")} />
          )
        }
      />
      <SectionCard title={t("erase.whatHappens")}>
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t("erase.cannotUndo")}
        </Alert>
        <List>
          <List.Item>{t("erase.removes")}</List.Item>
          <List.Item>{t("erase.keeps")}</List.Item>
          <List.Item>{t("erase.restore")}</List.Item>
        </List>
        <form onSubmit={submit}>
          <Stack gap="md" maw={520}>
            <Select
              label={t("erase.reason")}
              required
              data={ERASURE_REQUEST_REASONS.map((value) => ({ value, label: t(`erasureReason.${value}`) }))}
              value={reason}
              onChange={(value) => setReason(value as Reason | null)}
            />
            <TextInput
              label={t("erase.confirmLabel")}
              description={name ? t("erase.confirmHint", { name }) : undefined}
              required
              value={confirmation}
              onChange={(event) => setConfirmation(event.currentTarget.value)}
              autoComplete="off"
            />
            <Text size="sm" c="dimmed" className="ltr-text">
              {t("erase.reference", { id: workerId })}
            </Text>
            {erase.isError && <ActionError error={erase.error} />}
            <Group>
              <Button
                type="submit"
                color="red"
                disabled={!reason || !confirmed}
                loading={erase.isPending}
                leftSection={<IconEraser size={18} aria-hidden />}
              >
                {t("erase.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </SectionCard>
    </>
  );
}
