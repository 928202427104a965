import { Checkbox, Group, Select, SimpleGrid, Stack } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { GRIEVANCE_CATEGORIES, GRIEVANCE_SEVERITIES, GRIEVANCE_STATUSES } from "../../../core/grievances/grievance-codes.js";
import { ClearFiltersButton } from "../../components/clear-filters-button.js";
import { EmployerSelect } from "../../components/employer-select.js";
import { FilterPanel } from "../../components/filter-panel.js";
import { type GrievanceListSearch, hasGrievanceFilters } from "./grievance-list-search.js";

interface GrievanceFiltersProps {
  search: GrievanceListSearch;
  onChange: (changes: Partial<GrievanceListSearch>) => void;
  onClear: () => void;
}

/** Options of a grievance vocabulary, labelled from the "grievanceCodes" namespace. */
export function grievanceOptions(t: TFunction, group: string, codes: readonly string[]) {
  return codes.map((code) => ({ value: code, label: t(`${group}.${code}`, { ns: "grievanceCodes" }) }));
}

export function GrievanceFilters({ search, onChange, onClear }: GrievanceFiltersProps) {
  const { t } = useTranslation("grievances");
  const select = <K extends "status" | "severity" | "category">(key: K, codes: readonly string[]) => (
    <Select
      label={t(`filters.${key}`)}
      placeholder={t("filters.any")}
      data={grievanceOptions(t, key, codes)}
      value={search[key] ?? null}
      onChange={(value) => onChange({ [key]: value ?? undefined } as Partial<GrievanceListSearch>)}
      clearable
      searchable={key === "category"}
    />
  );
  return (
    <FilterPanel label={t("filters.label")}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          {select("status", GRIEVANCE_STATUSES)}
          {select("severity", GRIEVANCE_SEVERITIES)}
          {select("category", GRIEVANCE_CATEGORIES)}
          <EmployerSelect
            label={t("filters.employer")}
            value={search.employerId ?? null}
            onChange={(employerId) => onChange({ employerId: employerId ?? undefined })}
          />
        </SimpleGrid>
        <Group justify="space-between" gap="md" wrap="wrap">
          <Group gap="lg">
            <Checkbox
              size="md"
              label={t("filters.mine")}
              checked={search.mine === "true"}
              onChange={(event) => onChange({ mine: event.currentTarget.checked ? "true" : undefined })}
            />
            <Checkbox
              size="md"
              label={t("filters.overdue")}
              checked={search.overdue === "true"}
              onChange={(event) => onChange({ overdue: event.currentTarget.checked ? "true" : undefined })}
            />
          </Group>
          {hasGrievanceFilters(search) && <ClearFiltersButton variant="subtle" label={t("filters.clear")} onClick={onClear} />}
        </Group>
      </Stack>
    </FilterPanel>
  );
}
