import { Group, Select } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COUNTRIES } from "../../core/reference/codes.js";
import { type NutsRegion, useRegions } from "../api/reference.js";
import { regionNameFor, regionParts } from "./region-name.js";

interface RegionPickerProps {
  value: string | null;
  onChange: (code: string | null) => void;
  label: string;
  id?: string;
  error?: React.ReactNode;
  required?: boolean;
  /** In filters the whole country is a useful choice; on a profile a region is expected. */
  allowWholeCountry?: boolean;
}

/** A country, then its NUTS regions grouped by their larger region (Andalucía → Huelva, Almería…). */
export function RegionPicker({ value, onChange, label, id, error, required, allowWholeCountry = false }: RegionPickerProps) {
  const { t, i18n } = useTranslation();
  const [chosenCountry, setChosenCountry] = useState<string | null>(null);
  const country = value ? regionParts(value).country : chosenCountry;
  const level2 = useRegions(country, 2);
  const level3 = useRegions(country, 3);

  const nameOf = (region: NutsRegion) => regionNameFor(region, i18n.language);
  const groups = (level2.data ?? []).map((region) => ({
    group: nameOf(region),
    items: [
      { value: region.code, label: t("region.wholeRegion", { region: nameOf(region) }) },
      ...(level3.data ?? [])
        .filter((child) => child.code.startsWith(region.code))
        .map((child) => ({ value: child.code, label: nameOf(child) })),
    ],
  }));
  const data =
    allowWholeCountry && country
      ? [{ group: t(`country.${country}`, { ns: "codes" }), items: [{ value: country, label: t("region.wholeCountry") }] }, ...groups]
      : groups;

  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <Select
        label={t("region.country")}
        data={COUNTRIES.map((code) => ({ value: code, label: t(`country.${code}`, { ns: "codes" }) }))}
        value={country}
        onChange={(next) => {
          setChosenCountry(next);
          onChange(allowWholeCountry ? next : null);
        }}
        required={required}
        clearable={!required}
        w="38%"
        miw={110}
      />
      <Select
        id={id}
        label={label}
        data={data}
        value={value && value.length > 2 ? value : allowWholeCountry ? value : null}
        onChange={onChange}
        disabled={!country}
        searchable
        clearable
        required={required}
        error={error}
        nothingFoundMessage={t("region.nothingFound")}
        style={{ flex: 1, minWidth: 0 }}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );
}
