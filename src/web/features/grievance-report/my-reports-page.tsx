import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { IconChevronRight, IconMessageReport, IconMoodSmile } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useGrievanceList } from "../../api/grievances.js";
import { DateText } from "../../components/date-text.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { PaginationBar } from "../../components/pagination-bar.js";
import { AnchorLink, ButtonLink } from "../../components/router-links.js";
import { BackButton } from "./back-button.js";

const PAGE_SIZE = 10;

/** "/me/reports": the grievances the worker signed, newest first, each opening its progress. */
export function MyReportsPage() {
  const { t } = useTranslation("grievanceReport");
  useDocumentTitle(t("documentTitle", { ns: "common", page: t("mine.title") }));
  const [page, setPage] = useState(1);
  const list = useGrievanceList({ page, pageSize: PAGE_SIZE });

  const newReport = (
    <ButtonLink to="/me/report" size="lg" fullWidth leftSection={<IconMessageReport size={24} aria-hidden />}>
      {t("mine.newReport")}
    </ButtonLink>
  );

  return (
    <Stack gap="xl">
      <BackButton to="/me" label={t("portal.home")} />
      <Title order={1} fz={28}>
        {t("mine.title")}
      </Title>
      {list.isPending ? (
        <PageLoading rows={4} />
      ) : list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          icon={<IconMoodSmile size={32} aria-hidden />}
          title={t("mine.empty")}
          description={t("mine.emptyHint")}
          action={newReport}
        />
      ) : (
        <Stack gap="md">
          {newReport}
          {list.data.items.map((grievance) => (
            <AnchorLink
              key={grievance.id}
              to="/me/reports/$grievanceId"
              params={{ grievanceId: grievance.id }}
              underline="never"
              c="inherit"
              display="block"
            >
              <Paper p="lg" withBorder radius="md">
                <Group justify="space-between" wrap="nowrap" gap="md">
                  <Stack gap={4}>
                    <Text fw={700} fz="lg">
                      {grievance.reference}
                    </Text>
                    <Text>{grievance.categories.map((c) => t(`category.${c}`, { ns: "grievanceCodes" })).join(", ")}</Text>
                    <Group gap="sm">
                      <Badge size="lg" variant="light">
                        {t(`status.${grievance.status}`, { ns: "grievanceCodes" })}
                      </Badge>
                      <Text c="dimmed" fz="sm">
                        <DateText value={grievance.createdAt} />
                      </Text>
                    </Group>
                  </Stack>
                  <IconChevronRight size={28} aria-hidden />
                </Group>
              </Paper>
            </AnchorLink>
          ))}
          <PaginationBar page={page} pageSize={PAGE_SIZE} total={list.data.total} onPageChange={setPage} />
        </Stack>
      )}
    </Stack>
  );
}
