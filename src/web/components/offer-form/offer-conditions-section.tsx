import { Group, NumberInput, Stack, Switch } from "@mantine/core";
import { IconCurrencyEuro } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { SectionCard } from "../section-card.js";
import { type OfferForm, offerInput } from "./offer-form-types.js";

/** What comes with the job, and what it costs the worker: a deduction is taken per pay unit. */
export function OfferConditionsSection({ form }: { form: OfferForm }) {
  const { t } = useTranslation("offers");
  const { accommodationProvided, mealsProvided, payUnit } = form.getValues();
  const deduction = (path: "accommodationDeduction" | "mealsDeduction") => (
    <NumberInput
      label={t(`form.deductionPer.${payUnit}`)}
      description={t("form.deductionHint")}
      min={0}
      max={100000}
      decimalScale={2}
      allowNegative={false}
      leftSection={<IconCurrencyEuro size={18} aria-hidden />}
      maw={320}
      {...offerInput(form, path)}
    />
  );
  return (
    <SectionCard title={t("section.conditions")} description={t("form.conditionsHint")}>
      <Stack gap="lg">
        <Group align="flex-end" gap="lg" wrap="wrap">
          <Switch label={t("field.accommodationProvided")} miw={240} {...offerInput(form, "accommodationProvided", "checkbox")} />
          {accommodationProvided && deduction("accommodationDeduction")}
        </Group>
        <Group align="flex-end" gap="lg" wrap="wrap">
          <Switch label={t("field.mealsProvided")} miw={240} {...offerInput(form, "mealsProvided", "checkbox")} />
          {mealsProvided && deduction("mealsDeduction")}
        </Group>
        <Switch label={t("field.transportProvided")} {...offerInput(form, "transportProvided", "checkbox")} />
      </Stack>
    </SectionCard>
  );
}
