import { Checkbox, Group, SegmentedControl, Stack } from "@mantine/core";
import { IconCalendarCheck } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CHECK_IN_VIEWS, type CheckInView } from "../../../core/check-ins/check-in-schemas.js";
import { useCheckInList } from "../../api/check-ins.js";
import { PageHeader } from "../../components/page-header.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { PaginationBar } from "../../components/pagination-bar.js";
import { CheckInTable } from "./check-in-table.js";

const route = getRouteApi("/staff/check-ins");
const PAGE_SIZE = 25;

/** The centre's check-ins after placement: due now, missed, answered; the call list of workers who get no messages. */
export function CheckInListPage() {
  const { t } = useTranslation("checkIns");
  const { page = 1, view = "due", callOnly = false } = route.useSearch();
  const navigate = route.useNavigate();
  const checkIns = useCheckInList({ page, pageSize: PAGE_SIZE, view, callOnly });

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Group justify="space-between" mb="md" gap="md" wrap="wrap">
        <SegmentedControl
          aria-label={t("view.label")}
          value={view}
          onChange={(next) => void navigate({ search: (current) => ({ ...current, view: next as CheckInView, page: undefined }) })}
          data={CHECK_IN_VIEWS.map((value) => ({ value, label: t(`view.${value}`) }))}
        />
        <Checkbox
          size="md"
          label={t("callOnly")}
          checked={callOnly}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            void navigate({ search: (current) => ({ ...current, callOnly: checked || undefined, page: undefined }) });
          }}
        />
      </Group>
      {checkIns.isPending ? (
        <PageLoading />
      ) : checkIns.isError ? (
        <PageError error={checkIns.error} onRetry={() => void checkIns.refetch()} />
      ) : checkIns.data.total === 0 ? (
        <EmptyState icon={<IconCalendarCheck size={32} aria-hidden />} title={t("empty.title")} description={t("empty.hint")} />
      ) : (
        <Stack gap={0}>
          <CheckInTable checkIns={checkIns.data.items} />
          <PaginationBar
            page={checkIns.data.page}
            pageSize={checkIns.data.pageSize}
            total={checkIns.data.total}
            onPageChange={(next) => void navigate({ search: (current) => ({ ...current, page: next }) })}
          />
        </Stack>
      )}
    </>
  );
}
