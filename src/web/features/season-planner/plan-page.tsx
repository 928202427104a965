import { Group, Stack, Text } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isPlanRunning, useSeasonPlan } from "../../api/season-plans.js";
import { BackLink } from "../../components/back-link.js";
import { DateText } from "../../components/date-text.js";
import { formatNumber } from "../../components/money.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { AssignmentsSection } from "./assignments-section.js";
import { ChainDrawer } from "./chain-drawer.js";
import { FairnessReport } from "./fairness-report.js";
import { PlanFailed } from "./plan-failed.js";
import { PlanProgress } from "./plan-progress.js";
import { PlanStatusBadge } from "./plan-status-badge.js";
import { PlanTotals } from "./plan-totals.js";

const route = getRouteApi("/staff/season-planner/$planId");

/** One season plan: its progress while it runs, why it failed, or the proposal to accept or reject. */
export function PlanPage() {
  const { t, i18n } = useTranslation("planning");
  const { planId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const plan = useSeasonPlan(planId);
  const [workerName, setWorkerName] = useState<string | null>(null);
  if (plan.isPending) return <PageLoading rows={10} />;
  if (plan.isError) return <PageError error={plan.error} onRetry={() => void plan.refetch()} />;
  const { request } = plan.data;
  const openChain = (workerId: string | undefined, name: string | null = null) => {
    setWorkerName(name);
    void navigate({ search: (previous) => ({ ...previous, worker: workerId }) });
  };

  return (
    <>
      <PageHeader
        title={t("plan.title", { start: dayjs(request.seasonStart).format("ll"), end: dayjs(request.seasonEnd).format("ll") })}
        description={
          <Group gap="sm" component="span">
            <PlanStatusBadge status={plan.data.status} />
            <Text span>
              {t("plan.summary", {
                count: request.centreIds.length,
                centres: formatNumber(request.centreIds.length, i18n.language),
                minScore: formatNumber(request.minScore, i18n.language),
              })}
            </Text>
            <Text span>{t(request.chaining ? "plan.withChains" : "plan.withoutChains")}</Text>
            <DateText value={plan.data.createdAt} format="lll" />
          </Group>
        }
        back={<BackLink to="/staff/season-planner" label={t("list.title")} />}
      />
      {isPlanRunning(plan.data) ? (
        <PlanProgress plan={plan.data} />
      ) : plan.data.status === "failed" ? (
        <PlanFailed plan={plan.data} />
      ) : (
        <Stack gap="xl">
          {plan.data.totals && <PlanTotals totals={plan.data.totals} chaining={request.chaining} />}
          {plan.data.fairness && <FairnessReport report={plan.data.fairness} />}
          <AssignmentsSection planId={planId} onOpenChain={openChain} />
        </Stack>
      )}
      <ChainDrawer
        planId={planId}
        workerId={search.worker ?? null}
        workerName={workerName}
        season={{ start: request.seasonStart, end: request.seasonEnd }}
        onClose={() => openChain(undefined)}
      />
    </>
  );
}
