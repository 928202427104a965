import { Button, Group, Kbd, Paper, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconCalendar, IconFilterOff, IconSearch } from "@tabler/icons-react";
import { type RefObject, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { OFFER_STATUSES } from "../../../core/offers/offer-lifecycle.js";
import { codeOptions } from "../../components/code-options.js";
import { EmployerSelect } from "../../components/employer-select.js";
import { EscoPicker } from "../../components/esco-picker.js";
import { SHORTCUT_KEYS } from "../../components/shortcut-keys.js";
import { hasOfferFilters, type OfferListSearch } from "./offer-list-search.js";

interface OfferFiltersProps {
  search: OfferListSearch;
  /** Changes some filters and goes back to the first page. */
  onChange: (changes: Partial<OfferListSearch>) => void;
  onClear: () => void;
  searchInputRef: RefObject<HTMLInputElement | null>;
}

export function OfferFilters({ search, onChange, onClear, searchInputRef }: OfferFiltersProps) {
  const { t } = useTranslation("offers");
  // The text box answers every key press; the URL (and the request) follow once typing pauses.
  const [text, setText] = useState(search.q ?? "");
  const pushText = useDebouncedCallback((q: string) => onChange({ q: q.trim() || undefined }), 300);
  useEffect(() => setText(search.q ?? ""), [search.q]);

  return (
    <Paper p="md" mb="md" component="section" aria-label={t("filters.label")}>
      <Stack gap="sm">
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
            <Button variant="subtle" leftSection={<IconFilterOff size={18} aria-hidden />} onClick={onClear}>
              {t("filters.clear")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
