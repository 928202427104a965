import { NumberInput, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RegionPicker } from "../../../components/region-picker.js";
import type { FieldInputProps } from "./employer-form-types.js";
import type { SiteFormValues } from "./employer-form-values.js";

interface SiteFieldsProps {
  site: SiteFormValues;
  /** Where the site's fields are in the form, e.g. "sites.0". */
  path: string;
  inputProps: (path: string) => FieldInputProps;
  fieldId: (path: string) => string;
}

/** A farm, field or packing house: its name, its region, and where to find it. */
export function SiteFields({ site, path, inputProps, fieldId }: SiteFieldsProps) {
  const { t } = useTranslation("employers");
  const input = (field: keyof SiteFormValues) => ({ ...inputProps(`${path}.${field}`), id: fieldId(`${path}.${field}`) });
  const region = inputProps(`${path}.regionCode`);
  return (
    <Stack gap="sm" style={{ flex: 1 }}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" style={{ alignItems: "end" }}>
        <TextInput label={t("field.siteName")} description={t("form.siteNameHint")} maxLength={120} required {...input("name")} />
        <TextInput label={t("field.address")} maxLength={300} {...input("address")} />
      </SimpleGrid>
      <RegionPicker
        label={t("field.region")}
        id={fieldId(`${path}.regionCode`)}
        value={site.regionCode}
        onChange={(code) => region.onChange(code)}
        error={region.error}
        required
      />
      <div>
        <Text size="sm" c="dimmed" mb={4}>
          {t("form.coordinatesHint")}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput label={t("field.latitude")} min={-90} max={90} decimalScale={6} hideControls dir="ltr" {...input("latitude")} />
          <NumberInput label={t("field.longitude")} min={-180} max={180} decimalScale={6} hideControls dir="ltr" {...input("longitude")} />
        </SimpleGrid>
      </div>
    </Stack>
  );
}
