import { Badge, Button, Card, Chip, Group, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconCalendarPlus, IconClipboardCheck, IconMapPin } from "@tabler/icons-react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { INSPECTION_KINDS, INSPECTION_QUEUES } from "../../../core/inspections/inspection-codes.js";
import type { Inspection } from "../../api/inspections.js";
import { useInspectionList } from "../../api/inspections.js";
import { actorOf, useMe } from "../../api/me.js";
import { DateText } from "../../components/date-text.js";
import { InspectionQueueBadge } from "../../components/inspections/inspection-badges.js";
import { PageHeader } from "../../components/page-header.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { PaginationBar } from "../../components/pagination-bar.js";
import type { InspectionQueueSearch } from "./inspection-queue-search.js";
import { PlanVisitModal } from "./plan-visit-modal.js";

const route = getRouteApi("/staff/inspections");
const PAGE_SIZE = 20;

/** One visit as a card a thumb can hit: employer, site, kind, day and where it stands. */
function VisitCard({ visit }: { visit: Inspection }) {
  const { t } = useTranslation("inspections");
  return (
    <Link
      to="/staff/inspections/$inspectionId"
      params={{ inspectionId: visit.id }}
      aria-label={t("queuePage.open", { employer: visit.employerName })}
      style={{ display: "block", color: "inherit", textDecoration: "none" }}
    >
      <Card withBorder padding="md" mih={88}>
        <Stack gap={6}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text fw={600} dir="auto" lineClamp={1}>
              {visit.employerName}
            </Text>
            <InspectionQueueBadge visit={visit} />
          </Group>
          <Group gap="xs" wrap="wrap">
            <Badge variant="outline" tt="none">
              {t(`kind.${visit.kind}`)}
            </Badge>
            <Text size="sm" c="dimmed">
              <DateText value={visit.scheduledFor} format="LL" />
            </Text>
          </Group>
          {visit.siteName && (
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={16} aria-hidden />
              <Text size="sm" dir="auto" lineClamp={1}>
                {visit.siteName}
              </Text>
            </Group>
          )}
        </Stack>
      </Card>
    </Link>
  );
}

/** The inspectors' queue: visits under way, then planned ones by day (overdue, today, upcoming), then done ones. */
export function InspectionQueuePage() {
  const { t } = useTranslation("inspections");
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const me = useMe();
  const [planning, setPlanning] = useState(false);
  const visits = useInspectionList({ ...search, page: search.page ?? 1, pageSize: PAGE_SIZE });
  const mayPlan = !!me.data && mayEver(actorOf(me.data), "inspection.record");
  const setSearch = (next: Partial<InspectionQueueSearch>) =>
    void navigate({ search: (current) => ({ ...current, ...next, page: undefined }) });
  const filtered = search.queue !== undefined || search.kind !== undefined || search.employerId !== undefined;
  const planButton = mayPlan && (
    <Button mih={44} leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setPlanning(true)}>
      {t("plan.open")}
    </Button>
  );

  return (
    <>
      <PageHeader title={t("queuePage.title")} description={t("queuePage.description")} actions={planButton} />
      <Stack gap="sm" mb="md">
        <Chip.Group
          value={search.queue ?? "all"}
          onChange={(next) => setSearch({ queue: next === "all" ? undefined : (next as InspectionQueueSearch["queue"]) })}
        >
          <Group gap="xs" role="group" aria-label={t("queuePage.queueFilter")}>
            {(["all", ...INSPECTION_QUEUES] as const).map((value) => (
              <Chip key={value} value={value} size="md">
                {t(value === "all" ? "queuePage.all" : `queue.${value}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group gap="sm" wrap="wrap">
          <Select
            aria-label={t("queuePage.kindFilter")}
            placeholder={t("queuePage.anyKind")}
            data={INSPECTION_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
            value={search.kind ?? null}
            onChange={(next) => setSearch({ kind: (next as InspectionQueueSearch["kind"]) ?? undefined })}
            clearable
            w={220}
          />
          {filtered && (
            <Button variant="subtle" mih={44} onClick={() => void navigate({ search: {} })}>
              {t("queuePage.clearFilters")}
            </Button>
          )}
        </Group>
      </Stack>
      {visits.isPending ? (
        <PageLoading />
      ) : visits.isError ? (
        <PageError error={visits.error} onRetry={() => void visits.refetch()} />
      ) : visits.data.total === 0 ? (
        <EmptyState
          icon={<IconClipboardCheck size={32} aria-hidden />}
          title={t(filtered ? "queuePage.noneMatching" : "queuePage.empty")}
          description={t("queuePage.emptyHint")}
          action={planButton}
        />
      ) : (
        <Stack gap={0}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            {visits.data.items.map((visit) => (
              <VisitCard key={visit.id} visit={visit} />
            ))}
          </SimpleGrid>
          <PaginationBar
            page={visits.data.page}
            pageSize={visits.data.pageSize}
            total={visits.data.total}
            onPageChange={(next) => void navigate({ search: (current) => ({ ...current, page: next }) })}
          />
        </Stack>
      )}
      {planning && <PlanVisitModal opened onClose={() => setPlanning(false)} employerId={search.employerId} />}
    </>
  );
}
