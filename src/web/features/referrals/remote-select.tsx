import { Loader, Select } from "@mantine/core";
import type { ReactNode } from "react";

interface RemoteSelectProps {
  label: string;
  placeholder: string;
  nothingFound: string;
  loadingText: string;
  icon: ReactNode;
  value: string | null;
  onChange: (value: string | null) => void;
  /** What the server found for the typed text. */
  options: readonly { value: string; label: string }[];
  /** The chosen record's label, which the current search may not include. */
  selectedLabel: string | null;
  search: string;
  onSearchChange: (search: string) => void;
  fetching: boolean;
}

/** A filter that searches the server as the person types (names, titles): the centre's lists are too long to load whole. */
export function RemoteSelect({
  label,
  placeholder,
  nothingFound,
  loadingText,
  icon,
  value,
  onChange,
  options,
  selectedLabel,
  search,
  onSearchChange,
  fetching,
}: RemoteSelectProps) {
  const data = new Map(options.map((option) => [option.value, option.label]));
  if (value && !data.has(value) && selectedLabel) data.set(value, selectedLabel);
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable
      data={[...data].map(([id, text]) => ({ value: id, label: text }))}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={onSearchChange}
      // The server already searched; Mantine must not filter the answer again.
      filter={({ options: shown }) => shown}
      nothingFoundMessage={fetching ? loadingText : nothingFound}
      leftSection={icon}
      rightSection={fetching ? <Loader size="xs" /> : undefined}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
