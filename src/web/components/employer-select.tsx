import { Loader, Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBuildingWarehouse } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useEmployer, useEmployerList } from "../api/employers.js";

interface EmployerSelectProps {
  value: string | null;
  onChange: (employerId: string | null) => void;
  label: string;
  id?: string;
  error?: ReactNode;
  required?: boolean;
  description?: ReactNode;
  disabled?: boolean;
}

/** Searches the centre's employers on the server (name, tax id, contact) as the person types. */
export function EmployerSelect({ value, onChange, label, id, error, required, description, disabled }: EmployerSelectProps) {
  const { t } = useTranslation("employers");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const selected = useEmployer(value);
  // While the box shows the chosen name, the list offers all employers rather than that one name.
  const q = selected.data && debounced === selected.data.legalName ? "" : debounced.trim();
  const list = useEmployerList({ q: q || undefined, page: 1, pageSize: 50 });

  const options = new Map<string, string>();
  if (selected.data) options.set(selected.data.id, selected.data.legalName);
  for (const employer of list.data?.items ?? []) options.set(employer.id, employer.legalName);

  return (
    <Select
      id={id}
      label={label}
      description={description}
      placeholder={t("select.placeholder")}
      required={required}
      disabled={disabled}
      error={error}
      searchable
      clearable={!required}
      data={[...options].map(([employerId, name]) => ({ value: employerId, label: name }))}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already searched (ignoring case and accents); Mantine must not filter again.
      filter={({ options: shown }) => shown}
      nothingFoundMessage={list.isFetching ? t("state.loading", { ns: "common" }) : t("select.nothingFound")}
      leftSection={<IconBuildingWarehouse size={18} aria-hidden />}
      rightSection={list.isFetching ? <Loader size="xs" /> : undefined}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
