import { Group, Select, SimpleGrid, Stack } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { OFFER_STATUSES } from "../../../core/offers/offer-lifecycle.js";
import { ClearFiltersButton } from "../../components/clear-filters-button.js";
import { codeOptions } from "../../components/code-options.js";
import { EmployerSelect } from "../../components/employer-select.js";
import { EscoPicker } from "../../components/esco-picker.js";
import { FilterPanel, type ListFiltersProps } from "../../components/filter-panel.js";
import { ListSearchBox } from "../../components/list-search-box.js";
import { hasOfferFilters, type OfferListSearch } from "./offer-list-search.js";

type OfferFiltersProps = ListFiltersProps<OfferListSearch>;

export function OfferFilters({ search, onChange, onClear, searchInputRef }: OfferFiltersProps) {
  const { t } = useTranslation("offers");

  return (
    <FilterPanel label={t("filters.label")}>
      <Stack gap="sm">
        <ListSearchBox
          value={search.q}
          onSearch={(q) => onChange({ q })}
          inputRef={searchInputRef}
          label={t("filters.search")}
          placeholder={t("filters.searchPlaceholder")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <Select
            label={t("filters.status")}
            placeholder={t("filters.anyStatus")}
            data={codeOptions(t, "offerStatus", OFFER_STATUSES)}
            value={search.status ?? null}
            onChange={(status) => onChange({ status: (status ?? undefined) as OfferListSearch["status"] })}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          <EmployerSelect
            label={t("filters.employer")}
            value={search.employerId ?? null}
            onChange={(employerId) => onChange({ employerId: employerId ?? undefined })}
          />
          <EscoPicker
            kind="occupations"
            label={t("filters.occupation")}
            value={search.occupation ?? null}
            onChange={(occupation) => onChange({ occupation: occupation ?? undefined })}
          />
          <DatePickerInput
            type="range"
            label={t("filters.dates")}
            placeholder={t("filters.datesPlaceholder")}
            leftSection={<IconCalendar size={18} aria-hidden />}
            value={[search.from ?? null, search.to ?? null]}
            onChange={([from, to]) => onChange({ from: from ?? undefined, to: to ?? undefined })}
            allowSingleDateInRange
            clearable
            valueFormat="ll"
          />
        </SimpleGrid>
        {hasOfferFilters(search) && (
          <Group justify="flex-end">
            <ClearFiltersButton variant="subtle" label={t("filters.clear")} onClick={onClear} />
          </Group>
        )}
      </Stack>
    </FilterPanel>
  );
}
