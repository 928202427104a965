import { Group, Pagination, Select, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PAGE_SIZES } from "./list-paging.js";

interface PaginationBarProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  onPageSizeChange?: (pageSize: number) => void;
}

/** "21–40 of 132", the page buttons, and how many rows a page shows. */
export function PaginationBar({ page, pageSize, total, onPageChange, onPageSizeChange }: PaginationBarProps) {
  const { t, i18n } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const number = new Intl.NumberFormat(i18n.language);
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="md" wrap="wrap" py="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t("pagination.range", { from: number.format(from), to: number.format(to), total: number.format(total) })}
      </Text>
      <Group gap="md" wrap="wrap">
        {onPageSizeChange && (
          <Select
            aria-label={t("pagination.pageSize")}
            data={PAGE_SIZES.map((size) => ({ value: String(size), label: t("pagination.perPage", { count: size }) }))}
            value={String(pageSize)}
            onChange={(value) => value && onPageSizeChange(Number(value))}
            allowDeselect={false}
            w={150}
          />
        )}
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onPageChange}
          size="lg"
          getControlProps={(control) => ({ "aria-label": t(`pagination.${control}`) })}
          getItemProps={(item) => ({ "aria-label": t("pagination.page", { page: number.format(item) }) })}
        />
      </Group>
    </Group>
  );
}
