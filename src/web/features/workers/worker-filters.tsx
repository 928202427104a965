import { Badge, Button, Collapse, Group, Kbd, Paper, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useDebouncedCallback, useDisclosure, useMediaQuery } from "@mantine/hooks";
import { IconAdjustmentsHorizontal, IconCalendar, IconFilterOff, IconSearch } from "@tabler/icons-react";
import { type RefObject, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { SPOKEN_LANGUAGES } from "../../../core/reference/codes.js";
import { PERMIT_STATUSES } from "../../../core/workers/worker-schemas.js";
import { codeOptions } from "../../components/code-options.js";
import { EscoPicker } from "../../components/esco-picker.js";
import { RegionPicker } from "../../components/region-picker.js";
import { SHORTCUT_KEYS } from "../../components/shortcut-keys.js";
import { FILTER_KEYS, hasFilters, type WorkerListSearch } from "./worker-list-search.js";

interface WorkerFiltersProps {
  search: WorkerListSearch;
  /** Changes some filters and goes back to the first page. */
  onChange: (changes: Partial<WorkerListSearch>) => void;
  onClear: () => void;
  searchInputRef: RefObject<HTMLInputElement | null>;
}

export function WorkerFilters({ search, onChange, onClear, searchInputRef }: WorkerFiltersProps) {
  const { t } = useTranslation("workers");
  // The text box answers every key press; the URL (and the request) follow once typing pauses.
  const [text, setText] = useState(search.q ?? "");
  const pushText = useDebouncedCallback((q: string) => onChange({ q: q.trim() || undefined }), 300);
  useEffect(() => setText(search.q ?? ""), [search.q]);
  const isPhone = useMediaQuery("(max-width: 48em)") ?? false;
  const [moreOpened, { toggle: toggleMore }] = useDisclosure(false);
  const activeFilters = FILTER_KEYS.filter((key) => key !== "q" && search[key] !== undefined).length;

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
            <Button variant="subtle" leftSection={<IconFilterOff size={18} aria-hidden />} onClick={onClear}>
              {t("filters.clear")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
