import { IconFilterOff } from "@tabler/icons-react";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { Page } from "../../core/shared/pagination.js";
import { ClearFiltersButton } from "./clear-filters-button.js";
import type { PagedTableProps } from "./list-table.js";
import { PageHeader } from "./page-header.js";
import { EmptyState, PageError, PageLoading } from "./page-states.js";
import { SavedViews } from "./saved-views.js";
import type { ListSearchControls } from "./use-list-search.js";

/** The words of a list page, translated by the feature that owns it. */
export interface ListPageTexts {
  title: string;
  description?: string;
  noneMatching: string;
  noneMatchingHint: string;
  clearFilters: string;
  empty: string;
  emptyHint: string;
}

interface ListPageProps<T> {
  texts: ListPageTexts;
  list: UseQueryResult<Page<T>>;
  /** Something else the table needs is still loading. */
  waiting?: boolean;
  /** The main action, e.g. "New worker": in the header, and offered again when the list is empty. */
  createButton?: ReactNode;
  filters: ReactNode;
  filtered: boolean;
  /** The list's place in the URL, from useListSearch. */
  search: ListSearchControls;
  /** Names the list's saved views on this device; without it the list offers none. */
  viewsKey?: string;
  emptyIcon: ReactNode;
  /** The table, given the page to show and the ways to move to another. */
  children: (table: PagedTableProps<T>) => ReactNode;
}

/** A list page: its header and filters, then the table, or why there is nothing to show and what to do next. */
export function ListPage<T>({
  texts,
  list,
  waiting = false,
  createButton,
  filters,
  filtered,
  search,
  viewsKey,
  emptyIcon,
  children,
}: ListPageProps<T>) {
  const actions =
    viewsKey || createButton ? (
      <>
        {viewsKey && <SavedViews listKey={viewsKey} search={search} />}
        {createButton}
      </>
    ) : undefined;
  return (
    <>
      <PageHeader title={texts.title} description={texts.description} actions={actions} />
      {filters}
      {list.isPending || waiting ? (
        <PageLoading />
      ) : list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        filtered ? (
          <EmptyState
            icon={<IconFilterOff size={32} aria-hidden />}
            title={texts.noneMatching}
            description={texts.noneMatchingHint}
            action={<ClearFiltersButton variant="light" label={texts.clearFilters} onClick={search.clearFilters} />}
          />
        ) : (
          <EmptyState icon={emptyIcon} title={texts.empty} description={texts.emptyHint} action={createButton} />
        )
      ) : (
        children({
          page: list.data,
          fetching: list.isFetching,
          onPageChange: search.onPageChange,
          onPageSizeChange: search.onPageSizeChange,
        })
      )}
    </>
  );
}
