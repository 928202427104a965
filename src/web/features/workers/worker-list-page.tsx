import { IconUserPlus, IconUsers } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useWorkerList } from "../../api/workers.js";
import { CreateButtonLink } from "../../components/create-button-link.js";
import { ListPage } from "../../components/list-page.js";
import { useListSearch } from "../../components/use-list-search.js";
import { useListShortcuts } from "../../components/use-list-shortcuts.js";
import { WorkerFilters } from "./worker-filters.js";
import { FILTER_KEYS, hasFilters } from "./worker-list-search.js";
import { WorkerTable } from "./worker-table.js";

const route = getRouteApi("/staff/workers");

export function WorkerListPage() {
  const { t } = useTranslation("workers");
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const searchInput = useRef<HTMLInputElement>(null);
  const listSearch = useListSearch(search, navigate, FILTER_KEYS);
  const { page, pageSize, filters, setSearch, clearFilters } = listSearch;
  const list = useWorkerList({ ...filters, page, pageSize });

  useListShortcuts(searchInput, () => void navigate({ to: "/staff/workers/new" }));

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
        <CreateButtonLink to="/staff/workers/new" icon={<IconUserPlus size={20} aria-hidden />}>
          {t("action.create")}
        </CreateButtonLink>
      }
      filters={
        <WorkerFilters search={search} onChange={(changes) => setSearch(changes)} onClear={clearFilters} searchInputRef={searchInput} />
      }
      filtered={hasFilters(search)}
      search={listSearch}
      viewsKey="workers"
      emptyIcon={<IconUsers size={32} aria-hidden />}
    >
      {(table) => <WorkerTable {...table} />}
    </ListPage>
  );
}
