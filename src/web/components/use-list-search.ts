import { DEFAULT_PAGE_SIZE } from "./list-paging.js";

/** The page and filters of a list page, kept in the URL's search. */
export interface PagedSearch {
  page?: number;
  pageSize?: number;
}

/** The part of a route's navigate that a list page uses: it rewrites the search only. */
type SearchNavigate<S> = (options: { search: (previous: S) => S; replace?: boolean }) => unknown;

/** What a list page needs to move through its list and drop its filters. */
export interface ListSearchControls {
  /** The filters in force, as they are kept in the URL (for saving them as a view). */
  filters: Record<string, unknown>;
  /** Replaces every filter with these (a saved view), back on the first page. */
  applyFilters: (filters: Record<string, unknown>) => void;
  clearFilters: () => void;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

/** The list's place in the URL and the ways to change it. */
export interface ListSearch<S extends PagedSearch> extends ListSearchControls {
  page: number;
  pageSize: number;
  /** The search without its page and page size: what the list is filtered by. */
  filters: Omit<S, "page" | "pageSize">;
  setSearch: (changes: Partial<S>, keepPage?: boolean) => void;
}

/**
 * The list's page, page size and filters read from the URL, and the two ways to change them: setSearch changes some
 * values (and goes back to the first page unless asked to keep it), clearFilters drops every filter.
 */
export function useListSearch<S extends PagedSearch>(
  search: S,
  navigate: SearchNavigate<S>,
  filterKeys: readonly (keyof S)[],
): ListSearch<S> {
  const page = search.page ?? 1;
  const pageSize = search.pageSize ?? DEFAULT_PAGE_SIZE;
  const { page: _page, pageSize: _pageSize, ...filters } = search;

  const setSearch = (changes: Partial<S>, keepPage = false) =>
    void navigate({ search: (previous) => ({ ...previous, ...changes, page: keepPage ? changes.page : undefined }), replace: true });
  const withoutFilters = (previous: S) => ({
    ...previous,
    ...Object.fromEntries(filterKeys.map((key) => [key, undefined])),
    page: undefined,
  });
  const clearFilters = () => void navigate({ search: withoutFilters });
  // Only the list's own filter keys are taken from a saved view, so an old or edited entry cannot set anything else.
  const applyFilters = (view: Record<string, unknown>) =>
    void navigate({
      search: (previous) => ({
        ...withoutFilters(previous),
        ...Object.fromEntries(filterKeys.filter((key) => view[key as string] !== undefined).map((key) => [key, view[key as string]])),
      }),
    });

  // The table's pager keeps the filters; a new page size starts again from the first page.
  const onPageChange = (next: number) => setSearch({ page: next } as Partial<S>, true);
  const onPageSizeChange = (size: number) => setSearch({ pageSize: size } as Partial<S>);

  return { page, pageSize, filters, setSearch, applyFilters, clearFilters, onPageChange, onPageSizeChange };
}
