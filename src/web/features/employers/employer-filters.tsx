import { Button, Group, Kbd, Paper, Select, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconFilterOff, IconSearch } from "@tabler/icons-react";
import { type RefObject, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { SECTORS } from "../../../core/reference/codes.js";
import { codeOptions } from "../../components/code-options.js";
import { SHORTCUT_KEYS } from "../../components/shortcut-keys.js";
import { type EmployerListSearch, hasEmployerFilters } from "./employer-list-search.js";

interface EmployerFiltersProps {
  search: EmployerListSearch;
  /** Changes some filters and goes back to the first page. */
  onChange: (changes: Partial<EmployerListSearch>) => void;
  onClear: () => void;
  searchInputRef: RefObject<HTMLInputElement | null>;
}

export function EmployerFilters({ search, onChange, onClear, searchInputRef }: EmployerFiltersProps) {
  const { t } = useTranslation("employers");
  // The text box answers every key press; the URL (and the request) follow once typing pauses.
  const [text, setText] = useState(search.q ?? "");
  const pushText = useDebouncedCallback((q: string) => onChange({ q: q.trim() || undefined }), 300);
  useEffect(() => setText(search.q ?? ""), [search.q]);

  return (
    <Paper p="md" mb="md" component="section" aria-label={t("filters.label")}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          ref={searchInputRef}
          type="search"
          aria-label={t("filters.search")}
          placeholder={t("filters.searchPlaceholder")}
          leftSection={<IconSearch size={18} aria-hidden />}
          rightSection={<Kbd aria-hidden>{SHORTCUT_KEYS.search}</Kbd>}
          rightSectionPointerEvents="none"
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            pushText(event.currentTarget.value);
          }}
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
        {hasEmployerFilters(search) && (
          <Button variant="subtle" leftSection={<IconFilterOff size={18} aria-hidden />} onClick={onClear}>
            {t("filters.clear")}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
