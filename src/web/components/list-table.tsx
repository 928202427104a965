import {
  DataTable,
  type DataTableColumn,
  type DataTableRowClickHandler,
  type DataTableRowExpansionProps,
  type DataTableSelectionProps,
} from "mantine-datatable";
import { useTranslation } from "react-i18next";
import type { Page } from "../../core/shared/pagination.js";
import { PAGE_SIZES } from "./list-paging.js";

/** What a list page hands its table: the page of records and the ways to move to another. */
export interface PagedTableProps<T> {
  page: Page<T>;
  fetching: boolean;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

interface ListTableProps<T> extends PagedTableProps<T> {
  /** What the table lists, for screen readers. */
  label: string;
  onRowClick?: DataTableRowClickHandler<T>;
  columns: DataTableColumn<T>[];
  /** The record's key, for records without an `id` field. */
  idAccessor?: (record: T) => string;
  /** Row checkboxes (and "select all on this page" in the header), for actions on many records at once. */
  selection?: DataTableSelectionProps<T>;
  /** Content shown below a row on demand (e.g. the reasons of a match). */
  rowExpansion?: DataTableRowExpansionProps<T>;
}

/** A list page's table: a page of records, bordered and highlighted, with the pagination the URL keeps. */
export function ListTable<T>({
  page,
  fetching,
  onPageChange,
  onPageSizeChange,
  label,
  onRowClick,
  columns,
  idAccessor,
  selection,
  rowExpansion,
}: ListTableProps<T>) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <DataTable<T>
      records={page.items}
      idAccessor={idAccessor ?? "id"}
      {...selection}
      rowExpansion={rowExpansion}
      fetching={fetching}
      withTableBorder
      borderRadius="md"
      highlightOnHover
      verticalSpacing="sm"
      minHeight={200}
      aria-label={label}
      onRowClick={onRowClick}
      totalRecords={page.total}
      recordsPerPage={page.pageSize}
      page={page.page}
      onPageChange={onPageChange}
      recordsPerPageOptions={[...PAGE_SIZES]}
      onRecordsPerPageChange={onPageSizeChange}
      recordsPerPageLabel={t("pagination.pageSize")}
      paginationText={({ from, to, totalRecords }) =>
        t("pagination.range", { from: number.format(from), to: number.format(to), total: number.format(totalRecords) })
      }
      getPaginationControlProps={(control) => ({ "aria-label": t(`pagination.${control}`) })}
      paginationSize="md"
      columns={columns}
    />
  );
}
