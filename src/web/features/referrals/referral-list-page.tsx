import { IconArrowsExchange } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/me.js";
import { useReferralList } from "../../api/referrals.js";
import { ListPage } from "../../components/list-page.js";
import { useListSearch } from "../../components/use-list-search.js";
import { ReferralFilters } from "./referral-filters.js";
import { hasReferralFilters, REFERRAL_FILTER_KEYS } from "./referral-list-search.js";
import { ReferralTable } from "./referral-table.js";

const route = getRouteApi("/staff/referrals");

/** Every candidacy of the centre: who was put forward for what, where it stands, and the next step to record. */
export function ReferralListPage() {
  const { t } = useTranslation("referrals");
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const listSearch = useListSearch(search, navigate, REFERRAL_FILTER_KEYS);
  const { page, pageSize, filters, setSearch, clearFilters } = listSearch;
  const list = useReferralList({ ...filters, page, pageSize });
  const workerName = search.workerId
    ? (list.data?.items.find((referral) => referral.workerId === search.workerId)?.workerName ?? null)
    : null;

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
      waiting={!me.data}
      filters={
        <ReferralFilters search={search} onChange={(changes) => setSearch(changes)} onClear={clearFilters} workerName={workerName} />
      }
      filtered={hasReferralFilters(search)}
      search={listSearch}
      viewsKey="referrals"
      emptyIcon={<IconArrowsExchange size={32} aria-hidden />}
    >
      {(table) => me.data && <ReferralTable {...table} role={me.data.role} />}
    </ListPage>
  );
}
