import { Stack, Table, Text } from "@mantine/core";
import { IconMessageReport } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useWorkerGrievances } from "../../api/grievances.js";
import { DateText } from "../../components/date-text.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { PaginationBar } from "../../components/pagination-bar.js";
import { AnchorLink } from "../../components/router-links.js";
import { GrievanceSeverityBadge, GrievanceStatusBadge } from "./grievance-badges.js";

/** On a worker's file: the grievances the worker signed and chose to share with the centre's caseworkers. */
export function WorkerGrievances({ workerId }: { workerId: string }) {
  const { t } = useTranslation("grievances");
  const [page, setPage] = useState(1);
  const list = useWorkerGrievances(workerId, page);
  if (list.isPending) return <PageLoading rows={3} />;
  if (list.isError) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.total === 0) {
    return <EmptyState icon={<IconMessageReport size={32} aria-hidden />} title={t("worker.empty")} description={t("worker.emptyHint")} />;
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("worker.hint")}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" withTableBorder highlightOnHover aria-label={t("worker.title")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("column.reference")}</Table.Th>
              <Table.Th>{t("column.about")}</Table.Th>
              <Table.Th>{t("column.status")}</Table.Th>
              <Table.Th>{t("column.severity")}</Table.Th>
              <Table.Th>{t("column.received")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((grievance) => (
              <Table.Tr key={grievance.id}>
                <Table.Td>
                  <AnchorLink to="/staff/grievances/$grievanceId" params={{ grievanceId: grievance.id }} fw={600} className="ltr-text">
                    {grievance.reference}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{grievance.categories.map((code) => t(`category.${code}`, { ns: "grievanceCodes" })).join(", ")}</Table.Td>
                <Table.Td>
                  <GrievanceStatusBadge status={grievance.status} />
                </Table.Td>
                <Table.Td>
                  <GrievanceSeverityBadge severity={grievance.severity} />
                </Table.Td>
                <Table.Td>
                  <DateText value={grievance.createdAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PaginationBar page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPageChange={setPage} />
    </Stack>
  );
}
