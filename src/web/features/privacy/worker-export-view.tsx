import { Stack, Text } from "@mantine/core";
import dayjs from "dayjs";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useWorkerExport } from "../../api/privacy.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { ExportFileSection } from "./export-file-section.js";
import { ExportHistorySections } from "./export-history-sections.js";
import { PrintActions } from "./print-actions.js";

interface WorkerExportViewProps {
  workerId: string;
  title: (name: string) => string;
  description: string;
  back?: ReactNode;
}

/** A worker's copy of their data (GDPR art. 15 and 20), to print or download; used by staff and in the worker portal. */
export function WorkerExportView({ workerId, title, description, back }: WorkerExportViewProps) {
  const { t } = useTranslation("privacy");
  const exported = useWorkerExport(workerId);
  if (exported.isPending) return <PageLoading rows={10} />;
  if (exported.isError) return <PageError error={exported.error} onRetry={() => void exported.refetch()} />;
  const data = exported.data;
  const name = t("fullName", { ns: "workers", given: data.file.givenName, family: data.file.familyName });
  return (
    <>
      <PageHeader
        title={title(name)}
        description={description}
        back={back}
        actions={<PrintActions download={{ fileName: `personal-data-${dayjs(data.exportedAt).format("YYYY-MM-DD")}.json`, data }} />}
      />
      <Stack gap="lg">
        <Stack gap={0}>
          <Text c="dimmed">{t("export.preparedBy", { centre: data.centre.name, date: dayjs(data.exportedAt).format("LLL") })}</Text>
          <Text c="dimmed">{t("erase.reference", { id: data.file.id })}</Text>
        </Stack>
        <ExportFileSection file={data.file} />
        <ExportHistorySections data={data} />
      </Stack>
    </>
  );
}
