import { Group, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ROLES } from "../../../core/access/roles.js";
import { ClearFiltersButton } from "../../components/clear-filters-button.js";
import { FilterPanel, type ListFiltersProps } from "../../components/filter-panel.js";
import { ListSearchBox } from "../../components/list-search-box.js";
import { hasUserFilters, type UserListSearch } from "./user-list-search.js";

export function UserFilters({ search, onChange, onClear, searchInputRef }: ListFiltersProps<UserListSearch>) {
  const { t } = useTranslation("users");
  return (
    <FilterPanel label={t("filter.label")}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <ListSearchBox
          value={search.q}
          onSearch={(q) => onChange({ q })}
          inputRef={searchInputRef}
          label={t("filter.search")}
          placeholder={t("filter.searchPlaceholder")}
          style={{ flex: 3, minWidth: 240 }}
        />
        <Select
          aria-label={t("filter.role")}
          placeholder={t("filter.anyRole")}
          data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`, { ns: "codes" }) }))}
          value={search.role ?? null}
          onChange={(role) => onChange({ role: (role ?? undefined) as UserListSearch["role"] })}
          clearable
          style={{ flex: 1, minWidth: 200 }}
        />
        <Select
          aria-label={t("filter.status")}
          placeholder={t("filter.all")}
          data={(["active", "disabled"] as const).map((status) => ({ value: status, label: t(`filter.${status}`) }))}
          value={search.status ?? null}
          onChange={(status) => onChange({ status: (status ?? undefined) as UserListSearch["status"] })}
          clearable
          style={{ flex: 1, minWidth: 180 }}
        />
        {hasUserFilters(search) && <ClearFiltersButton variant="subtle" label={t("filter.clear")} onClick={onClear} />}
      </Group>
    </FilterPanel>
  );
}
