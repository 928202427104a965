import { Input, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconCurrencyEuro } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PAY_UNITS, type PayUnit } from "../../../core/reference/codes.js";
import { eurosToCents } from "../euros.js";
import { formatCents } from "../money.js";
import { SectionCard } from "../section-card.js";
import { type OfferForm, offerFieldId, offerInput } from "./offer-form-types.js";

/** What a piece rate comes to per hour for an average worker: the figure to compare with the legal floor. */
function hourlyEquivalentCents(payAmount: number | string, piecesPerHour: number | string): number | null {
  const perPiece = eurosToCents(payAmount);
  const pieces = typeof piecesPerHour === "number" ? piecesPerHour : Number(piecesPerHour);
  if (perPiece === null || Number.isNaN(perPiece) || piecesPerHour === "" || !Number.isFinite(pieces) || pieces <= 0) return null;
  return Math.round(perPiece * pieces);
}

/** Gross pay in euros per hour, day, month or piece; a piece rate also says what a piece is and how many an hour. */
export function OfferPaySection({ form }: { form: OfferForm }) {
  const { t, i18n } = useTranslation("offers");
  const narrow = useMediaQuery("(max-width: 30em)");
  const { payUnit, payAmount, piecesPerHour } = form.getValues();
  const hourly = payUnit === "piece" ? hourlyEquivalentCents(payAmount, piecesPerHour) : null;
  return (
    <SectionCard title={t("section.pay")} description={t("form.payHint")}>
      <Stack gap="md">
        <Input.Wrapper label={t("field.payUnit")} id={offerFieldId("payUnit")} required>
          <SegmentedControl
            fullWidth
            // Four choices do not fit side by side on a narrow phone: they stack there.
            orientation={narrow ? "vertical" : "horizontal"}
            mt={4}
            value={payUnit}
            onChange={(next) => form.setFieldValue("payUnit", next as PayUnit)}
            data={PAY_UNITS.map((unit) => ({ value: unit, label: t(`payUnit.${unit}`, { ns: "codes" }) }))}
            aria-label={t("field.payUnit")}
          />
        </Input.Wrapper>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            label={t(`form.payAmountPer.${payUnit}`)}
            description={t("form.payAmountHint")}
            min={0}
            max={100000}
            decimalScale={2}
            fixedDecimalScale={false}
            allowNegative={false}
            leftSection={<IconCurrencyEuro size={18} aria-hidden />}
            required
            {...offerInput(form, "payAmount")}
          />
        </SimpleGrid>
        {payUnit === "piece" && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t("field.pieceUnit")}
              description={t("form.pieceUnitHint")}
              maxLength={80}
              required
              {...offerInput(form, "pieceUnit")}
            />
            <NumberInput
              label={t("field.piecesPerHour")}
              description={t("form.piecesPerHourHint")}
              min={0}
              max={1000}
              decimalScale={1}
              allowNegative={false}
              required
              {...offerInput(form, "piecesPerHour")}
            />
          </SimpleGrid>
        )}
        {hourly !== null && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("form.hourlyEquivalent", { amount: formatCents(hourly, i18n.language) })}
          </Text>
        )}
      </Stack>
    </SectionCard>
  );
}
