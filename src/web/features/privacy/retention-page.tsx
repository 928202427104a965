import { Alert, Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { IconEraser, IconEye, IconInfoCircle } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import type { RetentionApplyResult } from "../../../core/privacy/privacy-schemas.js";
import { actorOf, useMe } from "../../api/me.js";
import { useApplyRetention, useRetentionReport } from "../../api/privacy.js";
import { BackLink } from "../../components/back-link.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { SectionCard } from "../../components/section-card.js";
import { ActionError } from "./action-error.js";
import { PrintActions } from "./print-actions.js";
import { useRetentionText } from "./retention-text.js";

/** How long each kind of data is kept, what is past its period now, and (for the officer) erasing it. */
export function RetentionPage() {
  const { t } = useTranslation("privacy");
  const me = useMe();
  const report = useRetentionReport();
  const apply = useApplyRetention();
  const retentionText = useRetentionText();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<RetentionApplyResult | null>(null);
  if (report.isPending) return <PageLoading rows={8} />;
  if (report.isError) return <PageError error={report.error} onRetry={() => void report.refetch()} />;
  const mayApply = me.data ? mayEver(actorOf(me.data), "retention.apply") : false;
  const run = (dryRun: boolean) =>
    apply.mutate(dryRun, {
      onSuccess: (done) => {
        setResult(done);
        setConfirming(false);
      },
    });
  const doneOf = (sweep: string) => result?.sweeps.find((s) => s.sweep === sweep);

  return (
    <>
      <PageHeader
        title={t("retention.title")}
        description={t("retention.description")}
        back={<BackLink to="/staff/privacy" label={t("record.title")} />}
        actions={<PrintActions />}
      />
      <Stack gap="lg">
        <SectionCard title={t("retention.sweepsTitle")} description={t("retention.asOf", { date: dayjs(report.data.asOf).format("lll") })}>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" aria-label={t("retention.sweepsTitle")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("retention.records")}</Table.Th>
                  <Table.Th>{t("retention.period")}</Table.Th>
                  <Table.Th>{t("retention.due")}</Table.Th>
                  {result && <Table.Th>{result.dryRun ? t("retention.wouldErase") : t("retention.erased")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.data.sweeps.map((sweep) => (
                  <Table.Tr key={sweep.sweep}>
                    <Table.Td>
                      <Text fw={600}>{t(`sweep.${sweep.sweep}`)}</Text>
                      {!sweep.automatic && (
                        <Text size="sm" c="dimmed">
                          {t("retention.operatorNote")}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{retentionText(sweep.retention)}</Table.Td>
                    <Table.Td>
                      <Badge color={sweep.due > 0 ? "orange" : "gray"} variant="light">
                        {sweep.due}
                      </Badge>
                    </Table.Td>
                    {result && <Table.Td>{result.dryRun ? (doneOf(sweep.sweep)?.due ?? 0) : (doneOf(sweep.sweep)?.done ?? 0)}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {result && (
            <Alert variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
              {result.dryRun ? t("retention.previewResult") : t("retention.appliedResult")}
            </Alert>
          )}
          {apply.isError && <ActionError error={apply.error} />}
          {mayApply && (
            <Group gap="sm" data-print="hide">
              <Button variant="default" leftSection={<IconEye size={18} aria-hidden />} loading={apply.isPending} onClick={() => run(true)}>
                {t("retention.dryRun")}
              </Button>
              <Button color="red" leftSection={<IconEraser size={18} aria-hidden />} onClick={() => setConfirming(true)}>
                {t("retention.apply")}
              </Button>
            </Group>
          )}
        </SectionCard>
        <SectionCard title={t("retention.categoriesTitle")}>
          <Table verticalSpacing="xs">
            <Table.Tbody>
              {report.data.categories.map((category) => (
                <Table.Tr key={category.category}>
                  <Table.Th scope="row">{t(`category.${category.category}`)}</Table.Th>
                  <Table.Td>{retentionText(category.retention)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </SectionCard>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t("retention.confirmTitle")}
        message={t("retention.confirmMessage")}
        confirmLabel={t("retention.apply")}
        confirmIcon={<IconEraser size={18} aria-hidden />}
        destructive
        loading={apply.isPending}
        onConfirm={() => run(false)}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
