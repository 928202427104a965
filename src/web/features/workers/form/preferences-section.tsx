import { Checkbox, MultiSelect, NumberInput, SimpleGrid } from "@mantine/core";
import { IconCurrencyEuro } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { SECTORS } from "../../../../core/reference/codes.js";
import { codeOptions } from "../../../components/code-options.js";
import { SectionCard } from "../../../components/section-card.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";

export function PreferencesSection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  return (
    <SectionCard title={t("form.preferences")} description={t("form.preferencesHint")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <MultiSelect
          label={t("field.sectors")}
          data={codeOptions(t, "sector", SECTORS)}
          clearable
          {...form.getInputProps("preferences.sectors")}
          id={fieldId("preferences.sectors")}
        />
        <NumberInput
          label={t("field.minHourlyPay")}
          description={t("field.minHourlyPayHint")}
          min={0}
          max={1000}
          decimalScale={2}
          allowNegative={false}
          leftSection={<IconCurrencyEuro size={18} aria-hidden />}
          {...form.getInputProps("preferences.minHourlyPay")}
          id={fieldId("preferences.minHourlyPay")}
        />
        <Checkbox
          label={t("field.accommodationNeeded")}
          {...form.getInputProps("preferences.accommodationNeeded", { type: "checkbox" })}
          id={fieldId("preferences.accommodationNeeded")}
        />
      </SimpleGrid>
    </SectionCard>
  );
}
