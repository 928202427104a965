import { Button, Kbd } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconFilterOff, IconUserPlus, IconUsers } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useWorkerList } from "../../api/workers.js";
import { PageHeader } from "../../components/page-header.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { ButtonLink } from "../../components/router-links.js";
import { SHORTCUT_KEYS } from "../../components/shortcut-keys.js";
import { WorkerFilters } from "./worker-filters.js";
import { DEFAULT_WORKER_PAGE_SIZE, FILTER_KEYS, hasFilters, type WorkerListSearch } from "./worker-list-search.js";
import { WorkerTable } from "./worker-table.js";

const route = getRouteApi("/staff/workers");

export function WorkerListPage() {
  const { t } = useTranslation("workers");
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const searchInput = useRef<HTMLInputElement>(null);
  const page = search.page ?? 1;
  const pageSize = search.pageSize ?? DEFAULT_WORKER_PAGE_SIZE;
  const { page: _page, pageSize: _pageSize, ...filters } = search;
  const list = useWorkerList({ ...filters, page, pageSize });

  const setSearch = (changes: Partial<WorkerListSearch>, keepPage = false) =>
    void navigate({ search: (previous) => ({ ...previous, ...changes, page: keepPage ? changes.page : undefined }), replace: true });
  const clearFilters = () =>
    void navigate({
      search: (previous) => ({ ...previous, ...Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])), page: undefined }),
    });

  useHotkeys([
    [SHORTCUT_KEYS.search, () => searchInput.current?.focus()],
    [SHORTCUT_KEYS.create, () => void navigate({ to: "/staff/workers/new" })],
  ]);

  const newWorkerButton = (
    <ButtonLink
      to="/staff/workers/new"
      leftSection={<IconUserPlus size={20} aria-hidden />}
      rightSection={
        <Kbd size="xs" visibleFrom="sm">
          {SHORTCUT_KEYS.create}
        </Kbd>
      }
    >
      {t("action.create")}
    </ButtonLink>
  );

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={list.data ? t("list.count", { count: list.data.total }) : undefined}
        actions={newWorkerButton}
      />
      <WorkerFilters search={search} onChange={(changes) => setSearch(changes)} onClear={clearFilters} searchInputRef={searchInput} />
      {list.isPending ? (
        <PageLoading />
      ) : list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        hasFilters(search) ? (
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
          <EmptyState
            icon={<IconUsers size={32} aria-hidden />}
            title={t("list.empty")}
            description={t("list.emptyHint")}
            action={newWorkerButton}
          />
        )
      ) : (
        <WorkerTable
          page={list.data}
          fetching={list.isFetching}
          onPageChange={(next) => setSearch({ page: next }, true)}
          onPageSizeChange={(size) => setSearch({ pageSize: size })}
        />
      )}
    </>
  );
}
