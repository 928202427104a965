import { Group, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ASSIGNMENT_DECISIONS } from "../../../core/planning/plan-schemas.js";
import { ClearFiltersButton } from "../../components/clear-filters-button.js";
import { FilterPanel, type ListFiltersProps } from "../../components/filter-panel.js";
import { ListSearchBox } from "../../components/list-search-box.js";
import { hasAssignmentFilters, type PlanPageSearch } from "./plan-search.js";

/** Search the proposal by worker, offer or employer, and show one decision only. */
export function AssignmentFilters({ search, onChange, onClear, searchInputRef }: ListFiltersProps<PlanPageSearch>) {
  const { t } = useTranslation("planning");
  return (
    <FilterPanel label={t("assignments.filters")}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <ListSearchBox
          value={search.search}
          onSearch={(text) => onChange({ search: text })}
          inputRef={searchInputRef}
          label={t("assignments.search")}
          placeholder={t("assignments.searchPlaceholder")}
          style={{ flex: 3, minWidth: 240 }}
        />
        <Select
          aria-label={t("assignments.decisionFilter")}
          placeholder={t("assignments.anyDecision")}
          data={ASSIGNMENT_DECISIONS.map((decision) => ({ value: decision, label: t(`decision.${decision}`) }))}
          value={search.decision ?? null}
          onChange={(decision) => onChange({ decision: (decision ?? undefined) as PlanPageSearch["decision"] })}
          clearable
          style={{ flex: 1, minWidth: 200 }}
        />
        {hasAssignmentFilters(search) && <ClearFiltersButton variant="subtle" label={t("action.clearFilters")} onClick={onClear} />}
      </Group>
    </FilterPanel>
  );
}
