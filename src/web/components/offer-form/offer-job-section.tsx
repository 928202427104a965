import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar, IconClock, IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { CONTRACT_TYPES } from "../../../core/reference/codes.js";
import { codeOptions } from "../code-options.js";
import { EscoPicker } from "../esco-picker.js";
import { SectionCard } from "../section-card.js";
import { type OfferForm, offerFieldId, offerInput } from "./offer-form-types.js";

/** What the work is, when, for how many people and on which terms of contract. */
export function OfferJobSection({ form }: { form: OfferForm }) {
  const { t } = useTranslation("offers");
  const { occupationUri, startDate } = form.getValues();
  return (
    <SectionCard title={t("section.job")} description={t("form.jobHint")}>
      <Stack gap="md">
        <EscoPicker
          kind="occupations"
          label={t("field.occupation")}
          id={offerFieldId("occupationUri")}
          value={occupationUri}
          onChange={(uri) => form.setFieldValue("occupationUri", uri)}
          error={form.getInputProps("occupationUri").error}
          required
        />
        <TextInput label={t("field.title")} description={t("form.titleHint")} maxLength={160} required {...offerInput(form, "title")} />
        <Textarea
          label={t("field.tasks")}
          description={t("form.tasksHint")}
          maxLength={2000}
          autosize
          minRows={3}
          maxRows={10}
          {...offerInput(form, "tasks")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <DateInput
            label={t("field.startDate")}
            valueFormat="ll"
            leftSection={<IconCalendar size={18} aria-hidden />}
            required
            {...offerInput(form, "startDate")}
          />
          <DateInput
            label={t("field.endDate")}
            valueFormat="ll"
            leftSection={<IconCalendar size={18} aria-hidden />}
            minDate={startDate ?? undefined}
            required
            {...offerInput(form, "endDate")}
          />
          <NumberInput
            label={t("field.positions")}
            min={1}
            max={500}
            allowDecimal={false}
            allowNegative={false}
            leftSection={<IconUsers size={18} aria-hidden />}
            required
            {...offerInput(form, "positions")}
          />
          <Select
            label={t("field.contractType")}
            data={codeOptions(t, "contractType", CONTRACT_TYPES)}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...offerInput(form, "contractType")}
          />
          <NumberInput
            label={t("field.hoursPerWeek")}
            description={t("form.hoursHint")}
            min={1}
            max={60}
            decimalScale={1}
            allowNegative={false}
            leftSection={<IconClock size={18} aria-hidden />}
            required
            {...offerInput(form, "hoursPerWeek")}
          />
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}
