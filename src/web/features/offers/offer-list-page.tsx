import { IconBriefcase, IconPlus } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { actorOf, useMe } from "../../api/me.js";
import { useOfferList } from "../../api/offers.js";
import { CreateButtonLink } from "../../components/create-button-link.js";
import { ListPage } from "../../components/list-page.js";
import { useListSearch } from "../../components/use-list-search.js";
import { useListShortcuts } from "../../components/use-list-shortcuts.js";
import { OfferFilters } from "./offer-filters.js";
import { hasOfferFilters, OFFER_FILTER_KEYS } from "./offer-list-search.js";
import { OfferTable } from "./offer-table.js";

const route = getRouteApi("/staff/offers");

export function OfferListPage() {
  const { t } = useTranslation("offers");
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const searchInput = useRef<HTMLInputElement>(null);
  const listSearch = useListSearch(search, navigate, OFFER_FILTER_KEYS);
  const { page, pageSize, filters, setSearch, clearFilters } = listSearch;
  const list = useOfferList({ ...filters, page, pageSize });
  // Inspectors read offers but do not record them.
  const mayCreate = !!me.data && mayEver(actorOf(me.data), "offer.create");

  useListShortcuts(searchInput, mayCreate ? () => void navigate({ to: "/staff/offers/new" }) : undefined);

  return (
    <ListPage
      texts={{
        title: t("list.title"),
        description: list.data ? t("list.count", { count: list.data.total }) : undefined,
        noneMatching: t("list.noneMatching"),
        noneMatchingHint: t("list.noneMatchingHint"),
        clearFilters: t("filters.clear"),
        empty: t("list.empty"),
        emptyHint: t("list.emptyHint"),
      }}
      list={list}
      createButton={
        mayCreate ? (
          <CreateButtonLink to="/staff/offers/new" icon={<IconPlus size={20} aria-hidden />}>
            {t("action.create")}
          </CreateButtonLink>
        ) : undefined
      }
      filters={
        <OfferFilters search={search} onChange={(changes) => setSearch(changes)} onClear={clearFilters} searchInputRef={searchInput} />
      }
      filtered={hasOfferFilters(search)}
      search={listSearch}
      viewsKey="offers"
      emptyIcon={<IconBriefcase size={32} aria-hidden />}
    >
      {(table) => <OfferTable {...table} />}
    </ListPage>
  );
}
