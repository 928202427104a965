import { Alert, Input, NumberInput, SegmentedControl, Select, SimpleGrid, Text } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { IconAlertCircle, IconCalendar, IconClock, IconCurrencyEuro, IconUserCheck } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { CONTRACT_TYPES, PAY_UNITS, type PayUnit } from "../../../../core/reference/codes.js";
import type { PlacementInput } from "../../../../core/referrals/referral-schemas.js";
import { useOffer } from "../../../api/offers.js";
import type { Referral } from "../../../api/referrals.js";
import { codeOptions } from "../../../components/code-options.js";
import { FormErrorSummary } from "../../../components/form-error-summary.js";
import { FormModal } from "../../../components/form-modal.js";
import { ModalForm } from "../../../components/modal-form.js";
import { PageError, PageLoading } from "../../../components/page-states.js";
import { useFormProblems } from "../../../components/use-form-problems.js";
import { checkPlacement, type PlacementFormValues, placementDefaults } from "./placement-form-values.js";

const fieldId = (path: string) => `placement-${path}`;

const LABELS: Record<string, string> = {
  contractType: "hire.contractType",
  startDate: "hire.startDate",
  endDate: "hire.endDate",
  payAmount: "hire.payAmount",
  payUnit: "hire.payUnit",
  hoursPerWeek: "hire.hoursPerWeek",
};

interface PlacementFormProps {
  initialValues: PlacementFormValues;
  saving: boolean;
  error: string | null;
  onCancel: () => void;
  onHire: (placement: PlacementInput) => void;
}

function PlacementForm({ initialValues, saving, error, onCancel, onHire }: PlacementFormProps) {
  const { t, i18n } = useTranslation("employerPortal");
  const narrow = useMediaQuery("(max-width: 36em)");
  const form = useForm<PlacementFormValues>({ mode: "controlled", initialValues });
  const problems = useFormProblems(form, t, i18n.language, {
    fieldIdOf: fieldId,
    labelOf: (tr, path) => (LABELS[path] ? tr(LABELS[path] ?? "", { ns: "employerPortal" }) : undefined),
  });
  const input = (path: keyof PlacementFormValues) => ({ ...form.getInputProps(path), id: fieldId(path) });
  const { payUnit, startDate } = form.getValues();

  const submit = () => {
    const check = checkPlacement(form.getValues());
    if (!check.ok) {
      problems.show(check.problems);
      return;
    }
    problems.clear();
    onHire(check.value);
  };

  return (
    <ModalForm
      onSubmit={submit}
      noValidate
      onCancel={onCancel}
      submitLabel={t("hire.submit")}
      submitIcon={<IconUserCheck size={20} aria-hidden />}
      saving={saving}
      large
      grow={narrow}
    >
      <Text size="sm" c="dimmed">
        {t("hire.intro")}
      </Text>
      <div ref={problems.summaryRef}>
        <FormErrorSummary problems={problems.summary} />
      </div>
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {error}
        </Alert>
      )}
      <Select
        label={t("hire.contractType")}
        data={codeOptions(t, "contractType", CONTRACT_TYPES)}
        required
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        {...input("contractType")}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <DateInput
          label={t("hire.startDate")}
          valueFormat="ll"
          leftSection={<IconCalendar size={18} aria-hidden />}
          required
          {...input("startDate")}
        />
        <DateInput
          label={t("hire.endDate")}
          description={t("hire.endDateHint")}
          valueFormat="ll"
          leftSection={<IconCalendar size={18} aria-hidden />}
          minDate={startDate ?? undefined}
          clearable
          {...input("endDate")}
        />
      </SimpleGrid>
      <Input.Wrapper label={t("hire.payUnit")} id={fieldId("payUnit")} required>
        <SegmentedControl
          fullWidth
          orientation={narrow ? "vertical" : "horizontal"}
          mt={4}
          value={payUnit}
          onChange={(next) => form.setFieldValue("payUnit", next as PayUnit)}
          data={PAY_UNITS.map((unit) => ({ value: unit, label: t(`payUnit.${unit}`, { ns: "codes" }) }))}
          aria-label={t("hire.payUnit")}
        />
      </Input.Wrapper>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <NumberInput
          label={t("hire.payAmount")}
          description={t("hire.payAmountHint")}
          min={0}
          max={100000}
          decimalScale={2}
          allowNegative={false}
          leftSection={<IconCurrencyEuro size={18} aria-hidden />}
          required
          {...input("payAmount")}
        />
        <NumberInput
          label={t("hire.hoursPerWeek")}
          min={1}
          max={60}
          decimalScale={1}
          allowNegative={false}
          leftSection={<IconClock size={18} aria-hidden />}
          required
          {...input("hoursPerWeek")}
        />
      </SimpleGrid>
    </ModalForm>
  );
}

interface HireModalProps {
  candidate: Referral | null;
  saving: boolean;
  error: string | null;
  onCancel: () => void;
  onHire: (placement: PlacementInput) => void;
}

/** Hiring records the placement: the contract, its dates, the actual pay and hours. The offer's terms fill it in. */
export function HireModal({ candidate, saving, error, onCancel, onHire }: HireModalProps) {
  const { t } = useTranslation("employerPortal");
  const narrow = useMediaQuery("(max-width: 36em)");
  const offer = useOffer(candidate?.offerId);
  return (
    <FormModal
      opened={candidate !== null}
      onClose={onCancel}
      title={candidate ? t("hire.title", { name: candidate.workerName }) : ""}
      fullScreen={narrow}
    >
      {!candidate ? null : offer.isPending ? (
        <PageLoading rows={5} />
      ) : offer.isError ? (
        <PageError error={offer.error} onRetry={() => void offer.refetch()} />
      ) : (
        <PlacementForm
          key={`${candidate.id}-${offer.data.version}`}
          initialValues={placementDefaults(offer.data, dayjs().format("YYYY-MM-DD"))}
          saving={saving}
          error={error}
          onCancel={onCancel}
          onHire={onHire}
        />
      )}
    </FormModal>
  );
}
