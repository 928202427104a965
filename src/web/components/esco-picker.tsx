import { Group, Loader, Select, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type EscoConcept, type EscoKind, useConceptSearch, useEscoLabels } from "../api/reference.js";

interface EscoPickerProps {
  kind: EscoKind;
  value: string | null;
  onChange: (uri: string | null) => void;
  label: string;
  id?: string;
  error?: React.ReactNode;
  required?: boolean;
  /** For skills: the occupation whose ESCO skills come first. */
  occupation?: string | null;
  placeholder?: string;
}

/** Searches ESCO occupations or skills on the server (in the reader's language) as the caseworker types. */
export function EscoPicker({ kind, value, onChange, label, id, error, required, occupation, placeholder }: EscoPickerProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const selected = useEscoLabels(kind, value ? [value] : [], i18n.language).get(value ?? "");
  // While the box shows the chosen label, the list offers the neighbours of an empty search rather than that label.
  const q = selected && debounced === selected.label ? "" : debounced.trim();
  const results = useConceptSearch(kind, q, i18n.language, occupation);

  const concepts = new Map<string, EscoConcept>();
  if (selected) concepts.set(selected.uri, selected);
  for (const item of results.data ?? []) concepts.set(item.uri, item);
  const data = [...concepts.values()].map((concept) => ({ value: concept.uri, label: concept.label }));

  return (
    <Select
      id={id}
      label={label}
      placeholder={placeholder ?? t("esco.searchPlaceholder")}
      required={required}
      error={error}
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered and ranked; Mantine must not filter again on the label.
      filter={({ options }) => options}
      nothingFoundMessage={results.isFetching ? t("state.loading") : t("esco.nothingFound")}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={results.isFetching ? <Loader size="xs" /> : undefined}
      renderOption={({ option }) => {
        const isco = concepts.get(option.value)?.iscoCode;
        return (
          <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
            <Text size="sm">{option.label}</Text>
            {isco && (
              <Text size="xs" c="dimmed" className="ltr-text">
                {t("esco.isco", { code: isco })}
              </Text>
            )}
          </Group>
        );
      }}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
