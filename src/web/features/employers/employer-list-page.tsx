import { Button, Kbd } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconBuildingPlus, IconBuildingWarehouse, IconFilterOff } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { useEmployerList } from "../../api/employers.js";
import { actorOf, useMe } from "../../api/me.js";
import { PageHeader } from "../../components/page-header.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { ButtonLink } from "../../components/router-links.js";
import { SHORTCUT_KEYS } from "../../components/shortcut-keys.js";
import { EmployerFilters } from "./employer-filters.js";
import { DEFAULT_EMPLOYER_PAGE_SIZE, EMPLOYER_FILTER_KEYS, type EmployerListSearch, hasEmployerFilters } from "./employer-list-search.js";
import { EmployerTable } from "./employer-table.js";

const route = getRouteApi("/staff/employers");

export function EmployerListPage() {
  const { t } = useTranslation("employers");
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const searchInput = useRef<HTMLInputElement>(null);
  const page = search.page ?? 1;
  const pageSize = search.pageSize ?? DEFAULT_EMPLOYER_PAGE_SIZE;
  const { page: _page, pageSize: _pageSize, ...filters } = search;
  const list = useEmployerList({ ...filters, page, pageSize });
  // Inspectors read the list but do not register employers.
  const mayCreate = !!me.data && mayEver(actorOf(me.data), "employer.create");

  const setSearch = (changes: Partial<EmployerListSearch>, keepPage = false) =>
    void navigate({ search: (previous) => ({ ...previous, ...changes, page: keepPage ? changes.page : undefined }), replace: true });
  const clearFilters = () =>
    void navigate({
      search: (previous) => ({ ...previous, ...Object.fromEntries(EMPLOYER_FILTER_KEYS.map((key) => [key, undefined])), page: undefined }),
    });

  useHotkeys([
    [SHORTCUT_KEYS.search, () => searchInput.current?.focus()],
    [SHORTCUT_KEYS.create, () => mayCreate && void navigate({ to: "/staff/employers/new" })],
  ]);

  const newEmployerButton = mayCreate ? (
    <ButtonLink
      to="/staff/employers/new"
      leftSection={<IconBuildingPlus size={20} aria-hidden />}
      rightSection={
        <Kbd size="xs" visibleFrom="sm">
          {SHORTCUT_KEYS.create}
        </Kbd>
      }
    >
      {t("action.create")}
    </ButtonLink>
  ) : undefined;

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={list.data ? t("list.count", { count: list.data.total }) : undefined}
        actions={newEmployerButton}
      />
      <EmployerFilters search={search} onChange={(changes) => setSearch(changes)} onClear={clearFilters} searchInputRef={searchInput} />
      {list.isPending ? (
        <PageLoading />
      ) : list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        hasEmployerFilters(search) ? (
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
            icon={<IconBuildingWarehouse size={32} aria-hidden />}
            title={t("list.empty")}
            description={t("list.emptyHint")}
            action={newEmployerButton}
          />
        )
      ) : (
        <EmployerTable
          page={list.data}
          fetching={list.isFetching}
          onPageChange={(next) => setSearch({ page: next }, true)}
          onPageSizeChange={(size) => setSearch({ pageSize: size })}
        />
      )}
    </>
  );
}
