import { Stack } from "@mantine/core";
import { IconCalendarCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCheckInList } from "../../api/check-ins.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { PaginationBar } from "../../components/pagination-bar.js";
import { CheckInTable } from "./check-in-table.js";

const PAGE_SIZE = 10;

/** The "Check-ins" tab of a worker's file: every check-in of their placements, with the answers given. */
export function WorkerCheckIns({ workerId }: { workerId: string }) {
  const { t } = useTranslation("checkIns");
  const [page, setPage] = useState(1);
  const checkIns = useCheckInList({ workerId, view: "all", page, pageSize: PAGE_SIZE });
  if (checkIns.isPending) return <PageLoading rows={3} />;
  if (checkIns.isError) return <PageError error={checkIns.error} onRetry={() => void checkIns.refetch()} />;
  if (checkIns.data.total === 0) {
    return <EmptyState icon={<IconCalendarCheck size={32} aria-hidden />} title={t("empty.workerTitle")} description={t("empty.hint")} />;
  }
  return (
    <Stack gap={0}>
      <CheckInTable checkIns={checkIns.data.items} showWorker={false} />
      <PaginationBar page={checkIns.data.page} pageSize={checkIns.data.pageSize} total={checkIns.data.total} onPageChange={setPage} />
    </Stack>
  );
}
