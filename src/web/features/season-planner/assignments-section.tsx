import { Alert, Button, Group, List, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconBan, IconFilterOff, IconListCheck, IconUserShare } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { errorMessageKey } from "../../api/api-error.js";
import { actorOf, useMe } from "../../api/me.js";
import { type PlanAssignment, type PlanDecisionResult, usePlanAssignments, usePlanDecision } from "../../api/season-plans.js";
import { ClearFiltersButton } from "../../components/clear-filters-button.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { formatNumber } from "../../components/money.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { SectionCard } from "../../components/section-card.js";
import { useListSearch } from "../../components/use-list-search.js";
import { useListShortcuts } from "../../components/use-list-shortcuts.js";
import { AssignmentFilters } from "./assignment-filters.js";
import { assignmentKey } from "./assignment-key.js";
import { AssignmentTable } from "./assignment-table.js";
import { ASSIGNMENT_FILTER_KEYS, hasAssignmentFilters } from "./plan-search.js";
import { translatedKey } from "./translated-key.js";

const route = getRouteApi("/staff/season-planner/$planId");

type Decision = "accepted" | "rejected";

interface Refusal {
  name: string;
  offer: string;
  reason: string;
}

/** The proposed assignments: searched, filtered, ticked and accepted (referred) or rejected many at a time. */
export function AssignmentsSection({ planId, onOpenChain }: { planId: string; onOpenChain: (workerId: string, name: string) => void }) {
  const { t, i18n } = useTranslation("planning");
  const search = route.useSearch();
  const listSearch = useListSearch(search, route.useNavigate(), ASSIGNMENT_FILTER_KEYS);
  const { page, pageSize, setSearch, clearFilters } = listSearch;
  const list = usePlanAssignments(planId, { page, pageSize, search: search.search, decision: search.decision });
  const decide = usePlanDecision(planId);
  const me = useMe();
  // Accepting refers workers: centre work, which a network administrator reads but does not do.
  const mayDecide = !!me.data && mayEver(actorOf(me.data), "season_plan.decide");
  const [selected, setSelected] = useState<PlanAssignment[]>([]);
  const [asked, setAsked] = useState<Decision | null>(null);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const searchInput = useRef<HTMLInputElement>(null);
  useListShortcuts(searchInput);
  const count = selected.length;
  const number = (value: number) => formatNumber(value, i18n.language);

  const refusalsOf = (result: PlanDecisionResult): Refusal[] =>
    result.refused.map((refused) => {
      const assignment = selected.find((one) => assignmentKey(one) === `${refused.workerId}:${refused.offerId}`);
      return {
        name: assignment ? t("fullName", { given: assignment.worker.givenName, family: assignment.worker.familyName }) : "",
        offer: assignment?.offer.title ?? "",
        reason: translatedKey(t, refused.code),
      };
    });

  const confirm = (decision: Decision) =>
    decide.mutate(
      { decision, assignments: selected.map((one) => ({ workerId: one.worker.id, offerId: one.offer.id })) },
      {
        onSuccess: (result) => {
          setRefusals(refusalsOf(result));
          setSelected([]);
          notifications.show({
            closeButtonProps: { "aria-label": t("action.close", { ns: "common" }) },
            color: result.refused.length > 0 ? "yellow" : "olive",
            message: t(decision === "accepted" ? "decide.acceptedDone" : "decide.rejectedDone", {
              count: result.changed,
              changed: number(result.changed),
            }),
          });
        },
        onError: (error) =>
          notifications.show({
            closeButtonProps: { "aria-label": t("action.close", { ns: "common" }) },
            color: "red",
            message: t(errorMessageKey(error), { ns: "errors" }),
          }),
        onSettled: () => setAsked(null),
      },
    );

  const changeFilters = (changes: Parameters<typeof setSearch>[0]) => {
    setSelected([]);
    setSearch(changes);
  };

  return (
    <SectionCard title={t("assignments.title")} description={t("assignments.description")}>
      <AssignmentFilters
        search={search}
        onChange={changeFilters}
        onClear={() => {
          setSelected([]);
          clearFilters();
        }}
        searchInputRef={searchInput}
      />
      {mayDecide && (
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text aria-live="polite">{t("assignments.selected", { count, selected: number(count) })}</Text>
          <Group gap="sm">
            <Button leftSection={<IconUserShare size={18} aria-hidden />} disabled={count === 0} onClick={() => setAsked("accepted")}>
              {t("decide.accept")}
            </Button>
            <Button
              variant="default"
              color="red"
              leftSection={<IconBan size={18} aria-hidden />}
              disabled={count === 0}
              onClick={() => setAsked("rejected")}
            >
              {t("decide.reject")}
            </Button>
          </Group>
        </Group>
      )}
      {refusals.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title={t("decide.refusedTitle", { count: refusals.length, refused: number(refusals.length) })}
          withCloseButton
          closeButtonLabel={t("action.close", { ns: "common" })}
          onClose={() => setRefusals([])}
          role="alert"
        >
          <List size="sm" spacing={4}>
            {refusals.map((refusal) => (
              <List.Item key={`${refusal.name}-${refusal.offer}`}>
                {t("decide.refusedLine", { name: refusal.name, offer: refusal.offer, reason: refusal.reason })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {list.isPending ? (
        <PageLoading />
      ) : list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        hasAssignmentFilters(search) ? (
          <EmptyState
            icon={<IconFilterOff size={32} aria-hidden />}
            title={t("assignments.noneMatching")}
            description={t("assignments.noneMatchingHint")}
            action={<ClearFiltersButton variant="light" label={t("action.clearFilters")} onClick={clearFilters} />}
          />
        ) : (
          <EmptyState
            icon={<IconListCheck size={32} aria-hidden />}
            title={t("assignments.empty")}
            description={t("assignments.emptyHint")}
          />
        )
      ) : (
        <AssignmentTable
          page={list.data}
          fetching={list.isFetching}
          onPageChange={listSearch.onPageChange}
          onPageSizeChange={listSearch.onPageSizeChange}
          selection={mayDecide ? { selected, onChange: setSelected } : null}
          onOpenChain={onOpenChain}
        />
      )}
      <ConfirmDialog
        opened={asked !== null}
        title={t(asked === "rejected" ? "decide.rejectTitle" : "decide.acceptTitle")}
        message={t(asked === "rejected" ? "decide.rejectMessage" : "decide.acceptMessage", { count, selected: number(count) })}
        confirmLabel={t(asked === "rejected" ? "decide.reject" : "decide.accept")}
        confirmIcon={asked === "rejected" ? <IconBan size={18} aria-hidden /> : <IconUserShare size={18} aria-hidden />}
        destructive={asked === "rejected"}
        loading={decide.isPending}
        onCancel={() => setAsked(null)}
        onConfirm={() => asked && confirm(asked)}
      />
    </SectionCard>
  );
}
