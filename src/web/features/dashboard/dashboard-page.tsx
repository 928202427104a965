import { SimpleGrid, Stack } from "@mantine/core";
import {
  type Icon,
  IconAlertTriangle,
  IconBriefcase,
  IconBuildingWarehouse,
  IconCalendarCheck,
  IconChartBar,
  IconClockExclamation,
  IconUserCheck,
  IconUsers,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { type DashboardFigure, useDashboard } from "../../api/dashboard.js";
import { useMe } from "../../api/me.js";
import { formatNumber } from "../../components/money.js";
import { PageHeader } from "../../components/page-header.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { AnchorLink } from "../../components/router-links.js";
import { FigureGroupCard } from "./figure-group-card.js";
import { StatCard } from "./stat-card.js";

const ICONS: Record<string, Icon> = {
  workers_total: IconUsers,
  workers_availableNow: IconCalendarCheck,
  workers_permitExpiringSoon: IconClockExclamation,
  workers_permitExpired: IconAlertTriangle,
  employers: IconBuildingWarehouse,
  openPositions: IconBriefcase,
  placements: IconUserCheck,
};

const TONES: Record<string, "warning" | "danger"> = { workers_permitExpiringSoon: "warning", workers_permitExpired: "danger" };

type Flat = { key: string; value: number };

const countsOf = (value: Exclude<DashboardFigure, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === "number"));

/** Plain counts become cards; "workers" (total, available now…) is split into cards too; other groups get bars. */
function splitFigures(figures: Record<string, DashboardFigure>) {
  const cards: Flat[] = [];
  const groups: { group: string; entries: Record<string, number> }[] = [];
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value === "number") cards.push({ key, value });
    else if (key === "workers")
      cards.push(...Object.entries(countsOf(value)).map(([sub, count]) => ({ key: `${key}_${sub}`, value: count })));
    else groups.push({ group: key, entries: countsOf(value) });
  }
  return { cards, groups };
}

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const dashboard = useDashboard();

  const links: Record<string, React.ReactNode> = {
    workers_total: (
      <AnchorLink to="/staff/workers" size="sm">
        {t("dashboard.seeWorkers")}
      </AnchorLink>
    ),
    workers_permitExpiringSoon: (
      <AnchorLink to="/staff/workers" search={{ permit: "expiring" }} size="sm">
        {t("dashboard.seeWorkers")}
      </AnchorLink>
    ),
    workers_permitExpired: (
      <AnchorLink to="/staff/workers" search={{ permit: "expired" }} size="sm">
        {t("dashboard.seeWorkers")}
      </AnchorLink>
    ),
  };

  return (
    <>
      <PageHeader title={t("dashboard.title")} description={me.data?.centreName ?? undefined} />
      {dashboard.isPending ? (
        <PageLoading />
      ) : dashboard.isError ? (
        <PageError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : Object.keys(dashboard.data).length === 0 ? (
        <EmptyState
          icon={<IconChartBar size={32} aria-hidden />}
          title={t("dashboard.emptyTitle")}
          description={t("dashboard.emptyHint")}
        />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
            {splitFigures(dashboard.data).cards.map(({ key, value }) => {
              const FigureIcon = ICONS[key] ?? IconChartBar;
              return (
                <StatCard
                  key={key}
                  label={t(`dashboard.figure.${key}`, { defaultValue: key })}
                  value={formatNumber(value, i18n.language)}
                  icon={<FigureIcon size={20} />}
                  tone={TONES[key]}
                  action={links[key]}
                />
              );
            })}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {splitFigures(dashboard.data).groups.map(({ group, entries }) => (
              <FigureGroupCard key={group} group={group} entries={entries} />
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
