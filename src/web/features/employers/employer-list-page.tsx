import { IconBuildingPlus, IconBuildingWarehouse } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { useEmployerList } from "../../api/employers.js";
import { actorOf, useMe } from "../../api/me.js";
import { CreateButtonLink } from "../../components/create-button-link.js";
import { ListPage } from "../../components/list-page.js";
import { useListSearch } from "../../components/use-list-search.js";
import { useListShortcuts } from "../../components/use-list-shortcuts.js";
import { EmployerFilters } from "./employer-filters.js";
import { EMPLOYER_FILTER_KEYS, hasEmployerFilters } from "./employer-list-search.js";
import { EmployerTable } from "./employer-table.js";

const route = getRouteApi("/staff/employers");

export function EmployerListPage() {
  const { t } = useTranslation("employers");
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const searchInput = useRef<HTMLInputElement>(null);
  const listSearch = useListSearch(search, navigate, EMPLOYER_FILTER_KEYS);
  const { page, pageSize, filters, setSearch, clearFilters } = listSearch;
  const list = useEmployerList({ ...filters, page, pageSize });
  // Inspectors read the list but do not register employers.
  const mayCreate = !!me.data && mayEver(actorOf(me.data), "employer.create");

  useListShortcuts(searchInput, mayCreate ? () => void navigate({ to: "/staff/employers/new" }) : undefined);

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
          <CreateButtonLink to="/staff/employers/new" icon={<IconBuildingPlus size={20} aria-hidden />}>
            {t("action.create")}
          </CreateButtonLink>
        ) : undefined
      }
      filters={
        <EmployerFilters search={search} onChange={(changes) => setSearch(changes)} onClear={clearFilters} searchInputRef={searchInput} />
      }
      filtered={hasEmployerFilters(search)}
      search={listSearch}
      viewsKey="employers"
      emptyIcon={<IconBuildingWarehouse size={32} aria-hidden />}
    >
      {(table) => <EmployerTable {...table} />}
    </ListPage>
  );
}
