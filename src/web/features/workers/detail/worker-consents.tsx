import { Badge, Button, Group, Paper, Stack, Table, Text, Timeline, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconCircleCheck, IconCircleDashed, IconCircleX, IconShieldCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConsentPurpose } from "../../../../core/reference/codes.js";
import { errorMessageKey } from "../../../api/api-error.js";
import { useRecordConsent, useWorkerConsents } from "../../../api/workers.js";
import { DateText } from "../../../components/date-text.js";
import { EmptyState, PageError, PageLoading } from "../../../components/page-states.js";
import { latestConsents } from "./latest-consents.js";
import { RecordConsentModal } from "./record-consent-modal.js";

interface ModalState {
  purpose: ConsentPurpose | null;
  granted: boolean;
}

/** What the worker has agreed to now, and every record behind it (append-only). */
export function WorkerConsents({ workerId }: { workerId: string }) {
  const { t } = useTranslation("workers");
  const consents = useWorkerConsents(workerId);
  const record = useRecordConsent(workerId);
  const [modal, setModal] = useState<ModalState | null>(null);

  if (consents.isPending) return <PageLoading />;
  if (consents.isError) return <PageError error={consents.error} onRetry={() => void consents.refetch()} />;
  const current = latestConsents(consents.data);

  return (
    <Stack gap="lg">
      <Paper component="section" aria-label={t("consents.current")}>
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t("consents.current")}
            </Title>
            <Button leftSection={<IconShieldCheck size={20} aria-hidden />} onClick={() => setModal({ purpose: null, granted: true })}>
              {t("consents.record")}
            </Button>
          </Group>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm">
              <Table.Tbody>
                {[...current.entries()].map(([purpose, latest]) => (
                  <Table.Tr key={purpose}>
                    <Table.Td fw={600}>{t(`consentPurpose.${purpose}`, { ns: "codes" })}</Table.Td>
                    <Table.Td>
                      {latest === null ? (
                        <Badge color="gray" variant="light" leftSection={<IconCircleDashed size={14} aria-hidden />}>
                          {t("consents.neverAsked")}
                        </Badge>
                      ) : latest.granted ? (
                        <Badge color="olive" variant="light" leftSection={<IconCircleCheck size={14} aria-hidden />}>
                          {t("consents.given")}
                        </Badge>
                      ) : (
                        <Badge color="red" variant="light" leftSection={<IconCircleX size={14} aria-hidden />}>
                          {t("consents.withdrawn")}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td c="dimmed">{latest && <DateText value={latest.recordedAt} format="ll" />}</Table.Td>
                    <Table.Td ta="end">
                      <Button
                        variant="subtle"
                        color={latest?.granted ? "red" : undefined}
                        leftSection={latest?.granted ? <IconCircleX size={18} aria-hidden /> : <IconCircleCheck size={18} aria-hidden />}
                        onClick={() => setModal({ purpose, granted: !latest?.granted })}
                      >
                        {latest?.granted ? t("consents.recordWithdrawal") : t("consents.recordConsent")}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Paper>

      <Paper component="section" aria-label={t("consents.history")}>
        <Stack gap="md">
          <Title order={2} size="h4">
            {t("consents.history")}
          </Title>
          {consents.data.length === 0 ? (
            <EmptyState
              icon={<IconShieldCheck size={32} aria-hidden />}
              title={t("consents.noneTitle")}
              description={t("consents.noneHint")}
            />
          ) : (
            <Timeline bulletSize={28} lineWidth={2} active={-1}>
              {consents.data.map((entry) => (
                <Timeline.Item
                  key={entry.id}
                  bullet={entry.granted ? <IconCircleCheck size={16} aria-hidden /> : <IconCircleX size={16} aria-hidden />}
                  color={entry.granted ? "olive" : "red"}
                  title={t(entry.granted ? "consents.historyGiven" : "consents.historyWithdrawn", {
                    purpose: t(`consentPurpose.${entry.purpose}`, { ns: "codes" }),
                  })}
                >
                  <Text size="sm" c="dimmed">
                    <DateText value={entry.recordedAt} format="lll" /> · {t(`consentMethod.${entry.method}`, { ns: "codes" })}
                  </Text>
                  {entry.note && <Text size="sm">{entry.note}</Text>}
                </Timeline.Item>
              ))}
            </Timeline>
          )}
        </Stack>
      </Paper>

      {modal && (
        <RecordConsentModal
          opened
          purpose={modal.purpose}
          granted={modal.granted}
          saving={record.isPending}
          onClose={() => setModal(null)}
          onSave={(input) =>
            record.mutate(input, {
              onSuccess: () => {
                setModal(null);
                notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("consents.saved") });
              },
              onError: (error) => notifications.show({ color: "red", message: t(errorMessageKey(error), { ns: "errors" }) }),
            })
          }
        />
      )}
    </Stack>
  );
}
