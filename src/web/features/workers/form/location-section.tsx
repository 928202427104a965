import { Checkbox, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RegionPicker } from "../../../components/region-picker.js";
import { SectionCard } from "../../../components/section-card.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";

/** Where the worker lives, how they get around, and the family needs that decide which offers fit. */
export function LocationSection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  const check = (path: string) => ({ ...form.getInputProps(path, { type: "checkbox" }), id: fieldId(path) });
  const region = form.getInputProps("regionCode");
  return (
    <SectionCard title={t("form.location")} description={t("form.locationHint")}>
      <Stack gap="md">
        <RegionPicker
          label={t("field.region")}
          id={fieldId("regionCode")}
          value={form.getValues().regionCode}
          onChange={(code) => form.setFieldValue("regionCode", code)}
          error={region.error}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Checkbox label={t("field.drivingLicence")} {...check("drivingLicence")} />
          <Checkbox label={t("field.ownTransport")} {...check("ownTransport")} />
          <Checkbox label={t("field.willingToRelocate")} {...check("willingToRelocate")} />
          <Checkbox label={t("field.childcareNeeded")} {...check("childcareNeeded")} />
          <Checkbox label={t("field.travellingWithFamily")} {...check("travellingWithFamily")} />
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}
