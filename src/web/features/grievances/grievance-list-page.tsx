import { Group, Stack, Text } from "@mantine/core";
import { IconMessageReport, IconPhonePlus } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { type GrievanceSummary, useGrievanceList } from "../../api/grievances.js";
import { actorOf, useMe } from "../../api/me.js";
import { DateText } from "../../components/date-text.js";
import { ListPage } from "../../components/list-page.js";
import { ListTable } from "../../components/list-table.js";
import { AnchorLink, ButtonLink } from "../../components/router-links.js";
import { useListSearch } from "../../components/use-list-search.js";
import { GrievanceSeverityBadge, GrievanceStatusBadge, OverdueBadge } from "./grievance-badges.js";
import { GrievanceFilters } from "./grievance-filters.js";
import { GRIEVANCE_FILTER_KEYS, hasGrievanceFilters } from "./grievance-list-search.js";

const route = getRouteApi("/staff/grievances");

/** The centre's grievances, soonest due first, overdue cases highlighted. */
export function GrievanceListPage() {
  const { t } = useTranslation("grievances");
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const goTo = useNavigate();
  const listSearch = useListSearch(search, navigate, GRIEVANCE_FILTER_KEYS);
  const { page, pageSize, filters, setSearch, clearFilters } = listSearch;
  const list = useGrievanceList({ ...filters, page, pageSize });
  const mayRecord = me.data ? mayEver(actorOf(me.data), "grievance.record") : false;
  const recordButton = mayRecord && (
    <ButtonLink to="/staff/grievances/new" leftSection={<IconPhonePlus size={18} aria-hidden />}>
      {t("record.action")}
    </ButtonLink>
  );

  return (
    <ListPage
      texts={{
        title: t("list.title"),
        description: list.data ? t("list.count", { count: list.data.total }) : t("list.description"),
        noneMatching: t("list.noneMatching"),
        noneMatchingHint: t("list.noneMatchingHint"),
        clearFilters: t("filters.clear"),
        empty: t("list.empty"),
        emptyHint: t("list.emptyHint"),
      }}
      list={list}
      createButton={recordButton || undefined}
      filters={<GrievanceFilters search={search} onChange={(changes) => setSearch(changes)} onClear={clearFilters} />}
      filtered={hasGrievanceFilters(search)}
      search={listSearch}
      viewsKey="grievances"
      emptyIcon={<IconMessageReport size={32} aria-hidden />}
    >
      {(table) => (
        <ListTable<GrievanceSummary>
          {...table}
          label={t("list.title")}
          onRowClick={({ record }) => void goTo({ to: "/staff/grievances/$grievanceId", params: { grievanceId: record.id } })}
          columns={[
            {
              accessor: "reference",
              title: t("column.reference"),
              render: (grievance) => (
                <AnchorLink
                  to="/staff/grievances/$grievanceId"
                  params={{ grievanceId: grievance.id }}
                  fw={600}
                  className="ltr-text"
                  onClick={(event) => event.stopPropagation()}
                >
                  {grievance.reference}
                </AnchorLink>
              ),
            },
            {
              accessor: "categories",
              title: t("column.about"),
              render: (grievance) => (
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {grievance.categories.map((code) => t(`category.${code}`, { ns: "grievanceCodes" })).join(", ")}
                  </Text>
                  <Text size="sm" c="dimmed" dir="auto">
                    {grievance.employerName ?? grievance.workplaceGiven}
                  </Text>
                </Stack>
              ),
            },
            { accessor: "status", title: t("column.status"), render: (grievance) => <GrievanceStatusBadge status={grievance.status} /> },
            {
              accessor: "severity",
              title: t("column.severity"),
              render: (grievance) => <GrievanceSeverityBadge severity={grievance.severity} />,
            },
            {
              accessor: "dueAt",
              title: t("column.due"),
              render: (grievance) => (
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" c={grievance.overdue ? "red" : undefined} fw={grievance.overdue ? 700 : undefined}>
                    <DateText value={grievance.dueAt} format="lll" />
                  </Text>
                  {grievance.overdue && <OverdueBadge />}
                </Group>
              ),
            },
            {
              accessor: "assignedToName",
              title: t("column.assignedTo"),
              render: (grievance) => grievance.assignedToName ?? t("unassigned"),
            },
          ]}
        />
      )}
    </ListPage>
  );
}
