import { Progress, Stack, Text } from "@mantine/core";
import { IconCalendarStats, IconPlus } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { actorOf, useMe } from "../../api/me.js";
import { isPlanRunning, type SeasonPlan, useSeasonPlanList } from "../../api/season-plans.js";
import { CreateButtonLink } from "../../components/create-button-link.js";
import { DateRangeText, DateText } from "../../components/date-text.js";
import { ListPage } from "../../components/list-page.js";
import { ListTable } from "../../components/list-table.js";
import { formatNumber } from "../../components/money.js";
import { useListSearch } from "../../components/use-list-search.js";
import { useListShortcuts } from "../../components/use-list-shortcuts.js";
import { PlanStatusBadge } from "./plan-status-badge.js";

const route = getRouteApi("/staff/season-planner");

/** Past and running season plans, newest first: where each stands and what it proposed. */
export function PlanListPage() {
  const { t, i18n } = useTranslation("planning");
  const search = route.useSearch();
  const navigate = useNavigate();
  const listSearch = useListSearch(search, route.useNavigate(), []);
  const list = useSeasonPlanList({ page: listSearch.page, pageSize: listSearch.pageSize });
  const me = useMe();
  const mayCreate = !!me.data && mayEver(actorOf(me.data), "season_plan.create");
  // The list has no search box: "/" does nothing here, "n" starts a new plan.
  const noSearchBox = useRef<HTMLInputElement>(null);
  useListShortcuts(noSearchBox, mayCreate ? () => void navigate({ to: "/staff/season-planner/new" }) : undefined);
  const number = (value: number) => formatNumber(value, i18n.language);
  const open = (plan: SeasonPlan) => void navigate({ to: "/staff/season-planner/$planId", params: { planId: plan.id } });

  return (
    <ListPage
      texts={{
        title: t("list.title"),
        description: t("list.description"),
        noneMatching: t("list.empty"),
        noneMatchingHint: t("list.emptyHint"),
        clearFilters: t("action.clearFilters"),
        empty: t("list.empty"),
        emptyHint: t("list.emptyHint"),
      }}
      list={list}
      waiting={!me.data}
      createButton={
        mayCreate && (
          <CreateButtonLink to="/staff/season-planner/new" icon={<IconPlus size={18} aria-hidden />}>
            {t("list.new")}
          </CreateButtonLink>
        )
      }
      filters={null}
      filtered={false}
      search={listSearch}
      emptyIcon={<IconCalendarStats size={32} aria-hidden />}
    >
      {(table) => (
        <ListTable<SeasonPlan>
          {...table}
          label={t("list.tableLabel")}
          onRowClick={({ record }) => open(record)}
          columns={[
            {
              accessor: "season",
              title: t("list.season"),
              render: (plan) => (
                <Stack gap={0}>
                  <Text fw={600}>
                    <DateRangeText start={plan.request.seasonStart} end={plan.request.seasonEnd} />
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t("list.centres", { count: plan.request.centreIds.length, number: number(plan.request.centreIds.length) })}
                  </Text>
                </Stack>
              ),
            },
            {
              accessor: "status",
              title: t("list.status"),
              render: (plan) => (
                <Stack gap={4} w={160}>
                  <PlanStatusBadge status={plan.status} />
                  {isPlanRunning(plan) && (
                    <Progress value={plan.progress * 100} size="sm" aria-label={t("progress.label")} animated striped />
                  )}
                </Stack>
              ),
            },
            {
              accessor: "placed",
              title: t("list.placed"),
              render: (plan) =>
                plan.totals ? (
                  <Text>{t("list.placedOf", { placed: number(plan.totals.assigned), workers: number(plan.totals.workers) })}</Text>
                ) : (
                  <Text c="dimmed">{t("list.noTotals")}</Text>
                ),
            },
            {
              accessor: "objective",
              title: t("list.totalScore"),
              textAlign: "right",
              render: (plan) => (plan.totals ? number(Math.round(plan.totals.objective)) : ""),
            },
            {
              accessor: "createdAt",
              title: t("list.created"),
              render: (plan) => <DateText value={plan.createdAt} relative />,
            },
          ]}
        />
      )}
    </ListPage>
  );
}
