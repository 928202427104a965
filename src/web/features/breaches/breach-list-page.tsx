import { Alert, Badge, Button, Group, SegmentedControl, Stack, Table, Text } from "@mantine/core";
import { IconAlertTriangle, IconPencil, IconPlus, IconShieldCheck } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import type { Breach } from "../../../core/breaches/breach-schemas.js";
import { useBreachList } from "../../api/breaches.js";
import { actorOf, useMe } from "../../api/me.js";
import { DateText } from "../../components/date-text.js";
import { PageHeader } from "../../components/page-header.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { PaginationBar } from "../../components/pagination-bar.js";
import { AuthorityNoticeBadge } from "./authority-notice-badge.js";
import { BreachFormModal } from "./breach-form-modal.js";

const route = getRouteApi("/staff/breaches");
const PAGE_SIZE = 25;
const STATUS_FILTERS = ["all", "open", "closed"] as const;

/** The centre's register of personal data breaches (GDPR art. 33(5)), with the 72-hour deadline of each. */
export function BreachListPage() {
  const { t } = useTranslation("breaches");
  const { page = 1, status } = route.useSearch();
  const navigate = route.useNavigate();
  const me = useMe();
  const breaches = useBreachList({ page, pageSize: PAGE_SIZE, status });
  // undefined: no dialog; null: a new breach; a breach: completing that one.
  const [editing, setEditing] = useState<Breach | null | undefined>(undefined);
  const actor = me.data ? actorOf(me.data) : null;
  // Staff of a centre record for their centre; a network administrator records through the API, naming the centre.
  const mayRecord = actor !== null && actor.centreId !== null && mayEver(actor, "breach.record");
  const mayUpdate = actor !== null && mayEver(actor, "breach.update");
  const recordButton = mayRecord && (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
      {t("record")}
    </Button>
  );
  const overdue = breaches.data?.items.filter((breach) => breach.authorityNotice === "overdue") ?? [];

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={recordButton} />
      <Group justify="space-between" mb="md">
        <SegmentedControl
          aria-label={t("filter.label")}
          value={status ?? "all"}
          onChange={(next) =>
            void navigate({ search: { status: next === "all" ? undefined : (next as "open" | "closed"), page: undefined } })
          }
          data={STATUS_FILTERS.map((value) => ({ value, label: t(`filter.${value}`) }))}
        />
      </Group>
      {overdue.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t("overdue.title")} mb="md" role="alert">
          {t("overdue.message", { count: overdue.length, references: overdue.map((breach) => breach.reference).join(", ") })}
        </Alert>
      )}
      {breaches.isPending ? (
        <PageLoading />
      ) : breaches.isError ? (
        <PageError error={breaches.error} onRetry={() => void breaches.refetch()} />
      ) : breaches.data.total === 0 ? (
        <EmptyState
          icon={<IconShieldCheck size={32} aria-hidden />}
          title={t(status ? "emptyFilteredTitle" : "emptyTitle")}
          description={t("emptyHint")}
          action={recordButton}
        />
      ) : (
        <Stack gap={0}>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover withTableBorder aria-label={t("title")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("column.reference")}</Table.Th>
                  <Table.Th>{t("column.discoveredAt")}</Table.Th>
                  <Table.Th>{t("column.description")}</Table.Th>
                  <Table.Th>{t("column.risk")}</Table.Th>
                  <Table.Th>{t("column.peopleAffected")}</Table.Th>
                  <Table.Th>{t("column.authority")}</Table.Th>
                  <Table.Th>{t("column.status")}</Table.Th>
                  {mayUpdate && <Table.Th ta="end">{t("column.actions")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {breaches.data.items.map((breach) => (
                  <Table.Tr key={breach.id}>
                    <Table.Td className="ltr-text" fw={600} style={{ whiteSpace: "nowrap" }}>
                      {breach.reference}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <DateText value={breach.discoveredAt} format="lll" />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" dir="auto" lineClamp={2}>
                        {breach.description}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={breach.riskLevel === "high" ? "red" : "gray"} variant="light">
                        {t(`risk.${breach.riskLevel}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{breach.peopleAffected}</Table.Td>
                    <Table.Td>
                      <AuthorityNoticeBadge breach={breach} />
                    </Table.Td>
                    <Table.Td>
                      <Badge color={breach.status === "open" ? "blue" : "gray"} variant="outline">
                        {t(`status.${breach.status}`)}
                      </Badge>
                    </Table.Td>
                    {mayUpdate && (
                      <Table.Td ta="end">
                        <Button
                          variant="subtle"
                          leftSection={<IconPencil size={18} aria-hidden />}
                          aria-label={t("editLabel", { reference: breach.reference })}
                          onClick={() => setEditing(breach)}
                        >
                          {t("edit")}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar
            page={breaches.data.page}
            pageSize={breaches.data.pageSize}
            total={breaches.data.total}
            onPageChange={(next) => void navigate({ search: (current) => ({ ...current, page: next }) })}
          />
        </Stack>
      )}
      {editing !== undefined && <BreachFormModal key={editing?.id ?? "new"} breach={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
