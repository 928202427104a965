import { Button } from "@mantine/core";
import { IconArrowsExchange, IconFilterOff } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/me.js";
import { useReferralList } from "../../api/referrals.js";
import { PageHeader } from "../../components/page-header.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { ReferralFilters } from "./referral-filters.js";
import { DEFAULT_REFERRAL_PAGE_SIZE, hasReferralFilters, REFERRAL_FILTER_KEYS, type ReferralListSearch } from "./referral-list-search.js";
import { ReferralTable } from "./referral-table.js";

const route = getRouteApi("/staff/referrals");

/** Every candidacy of the centre: who was put forward for what, where it stands, and the next step to record. */
export function ReferralListPage() {
  const { t } = useTranslation("referrals");
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const pageSize = search.pageSize ?? DEFAULT_REFERRAL_PAGE_SIZE;
  const { page: _page, pageSize: _pageSize, ...filters } = search;
  const list = useReferralList({ ...filters, page, pageSize });

  const setSearch = (changes: Partial<ReferralListSearch>, keepPage = false) =>
    void navigate({ search: (previous) => ({ ...previous, ...changes, page: keepPage ? changes.page : undefined }), replace: true });
  const clearFilters = () =>
    void navigate({
      search: (previous) => ({ ...previous, ...Object.fromEntries(REFERRAL_FILTER_KEYS.map((key) => [key, undefined])), page: undefined }),
    });
  const workerName = search.workerId
    ? (list.data?.items.find((referral) => referral.workerId === search.workerId)?.workerName ?? null)
    : null;

  return (
    <>
      <PageHeader title={t("list.title")} description={list.data ? t("list.count", { count: list.data.total }) : t("list.description")} />
      <ReferralFilters search={search} onChange={(changes) => setSearch(changes)} onClear={clearFilters} workerName={workerName} />
      {list.isPending || !me.data ? (
        <PageLoading />
      ) : list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        hasReferralFilters(search) ? (
          <EmptyState
            icon={<IconFilterOff size={32} aria-hidden />}
            title={t("list.noneMatching")}
            description={t("list.noneMatchingHint")}
            action={
              <Button variant="light" leftSection={<IconFilterOff size={18} aria-hidden />} onClick={clearFilters}>
                {t("filters.clear")}
              </Button>
            }
          />
        ) : (
          <EmptyState icon={<IconArrowsExchange size={32} aria-hidden />} title={t("list.empty")} description={t("list.emptyHint")} />
        )
      ) : (
        <ReferralTable
          page={list.data}
          fetching={list.isFetching}
          role={me.data.role}
          onPageChange={(next) => setSearch({ page: next }, true)}
          onPageSizeChange={(size) => setSearch({ pageSize: size })}
        />
      )}
    </>
  );
}
