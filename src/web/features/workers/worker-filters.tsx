import { Badge, Button, Collapse, Group, Select, SimpleGrid, Stack } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { IconAdjustmentsHorizontal, IconCalendar } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { SPOKEN_LANGUAGES } from "../../../core/reference/codes.js";
import { PERMIT_STATUSES } from "../../../core/workers/worker-schemas.js";
import { ClearFiltersButton } from "../../components/clear-filters-button.js";
import { codeOptions } from "../../components/code-options.js";
import { EscoPicker } from "../../components/esco-picker.js";
import { FilterPanel, type ListFiltersProps } from "../../components/filter-panel.js";
import { ListSearchBox } from "../../components/list-search-box.js";
import { RegionPicker } from "../../components/region-picker.js";
import { FILTER_KEYS, hasFilters, type WorkerListSearch } from "./worker-list-search.js";

type WorkerFiltersProps = ListFiltersProps<WorkerListSearch>;

export function WorkerFilters({ search, onChange, onClear, searchInputRef }: WorkerFiltersProps) {
  const { t } = useTranslation("workers");
  const isPhone = useMediaQuery("(max-width: 48em)") ?? false;
  const [moreOpened, { toggle: toggleMore }] = useDisclosure(false);
  const activeFilters = FILTER_KEYS.filter((key) => key !== "q" && search[key] !== undefined).length;

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
        {isPhone && (
          <Button
            variant="default"
            leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
            rightSection={
              activeFilters > 0 ? (
                <Badge size="sm" circle>
                  {activeFilters}
                </Badge>
              ) : null
            }
            onClick={toggleMore}
            aria-expanded={moreOpened}
          >
            {t("filters.more")}
          </Button>
        )}
        {/* On a phone the list comes first; the filters are one tap away. */}
        <Collapse expanded={!isPhone || moreOpened}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            <Select
              label={t("filters.language")}
              data={codeOptions(t, "language", SPOKEN_LANGUAGES)}
              value={search.language ?? null}
              onChange={(language) => onChange({ language: (language ?? undefined) as WorkerListSearch["language"] })}
              searchable
              clearable
            />
            <EscoPicker
              kind="occupations"
              label={t("filters.occupation")}
              value={search.occupation ?? null}
              onChange={(occupation) => onChange({ occupation: occupation ?? undefined })}
            />
            <EscoPicker
              kind="skills"
              label={t("filters.skill")}
              value={search.skill ?? null}
              occupation={search.occupation}
              onChange={(skill) => onChange({ skill: skill ?? undefined })}
            />
            <DatePickerInput
              type="range"
              label={t("filters.availability")}
              placeholder={t("filters.availabilityPlaceholder")}
              leftSection={<IconCalendar size={18} aria-hidden />}
              value={[search.availableFrom ?? null, search.availableTo ?? null]}
              onChange={([from, to]) => onChange({ availableFrom: from ?? undefined, availableTo: to ?? undefined })}
              allowSingleDateInRange
              clearable
              valueFormat="ll"
            />
            <Select
              label={t("filters.permit")}
              data={codeOptions(t, "permitStatus", PERMIT_STATUSES)}
              value={search.permit ?? null}
              onChange={(permit) => onChange({ permit: (permit ?? undefined) as WorkerListSearch["permit"] })}
              clearable
            />
            <RegionPicker
              label={t("filters.region")}
              value={search.region ?? null}
              onChange={(region) => onChange({ region: region ?? undefined })}
              allowWholeCountry
            />
          </SimpleGrid>
        </Collapse>
        {hasFilters(search) && (
          <Group justify="flex-end">
            <ClearFiltersButton variant="subtle" label={t("filters.clear")} onClick={onClear} />
          </Group>
        )}
      </Stack>
    </FilterPanel>
  );
}
