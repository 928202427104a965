import { Group, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SECTORS } from "../../../core/reference/codes.js";
import { ClearFiltersButton } from "../../components/clear-filters-button.js";
import { codeOptions } from "../../components/code-options.js";
import { FilterPanel, type ListFiltersProps } from "../../components/filter-panel.js";
import { ListSearchBox } from "../../components/list-search-box.js";
import { type EmployerListSearch, hasEmployerFilters } from "./employer-list-search.js";

type EmployerFiltersProps = ListFiltersProps<EmployerListSearch>;

export function EmployerFilters({ search, onChange, onClear, searchInputRef }: EmployerFiltersProps) {
  const { t } = useTranslation("employers");

  return (
    <FilterPanel label={t("filters.label")}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <ListSearchBox
          value={search.q}
          onSearch={(q) => onChange({ q })}
          inputRef={searchInputRef}
          label={t("filters.search")}
          placeholder={t("filters.searchPlaceholder")}
          style={{ flex: 3, minWidth: 240 }}
        />
        <Select
          aria-label={t("filters.sector")}
          placeholder={t("filters.anySector")}
          data={codeOptions(t, "sector", SECTORS)}
          value={search.sector ?? null}
          onChange={(sector) => onChange({ sector: (sector ?? undefined) as EmployerListSearch["sector"] })}
          clearable
          style={{ flex: 1, minWidth: 200 }}
          comboboxProps={{ withinPortal: true }}
        />
        {hasEmployerFilters(search) && <ClearFiltersButton variant="subtle" label={t("filters.clear")} onClick={onClear} />}
      </Group>
    </FilterPanel>
  );
}
