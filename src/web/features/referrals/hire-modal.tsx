import { Alert, NumberInput, Select, SimpleGrid, Text } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconAlertTriangle, IconCalendar, IconCurrencyEuro, IconRosetteDiscountCheck } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { CONTRACT_TYPES, type ContractType, PAY_UNITS, type PayUnit } from "../../../core/reference/codes.js";
import { isApiError } from "../../api/api-error.js";
import { useOffer } from "../../api/offers.js";
import { type Referral, useMoveReferral } from "../../api/referrals.js";
import { codeOptions } from "../../components/code-options.js";
import { FormModal } from "../../components/form-modal.js";
import { type FieldProblem, translateProblem } from "../../components/form-problems.js";
import { ModalForm } from "../../components/modal-form.js";
import { refusalMessage } from "../../components/refusal-message.js";
import { checkPlacement, EMPTY_PLACEMENT, type PlacementDraft, placementDraftFrom, placementProblemsFromApi } from "./placement-values.js";

interface HireModalProps {
  referral: Referral;
  onClose: () => void;
  onDone: () => void;
}

/** Records the hire with its placement: the contract actually signed, which may differ from the offer. */
export function HireModal({ referral, onClose, onDone }: HireModalProps) {
  const { t } = useTranslation("referrals");
  const offer = useOffer(referral.offerId);
  const move = useMoveReferral();
  const [draft, setDraft] = useState<PlacementDraft>(EMPTY_PLACEMENT);
  const [prefilled, setPrefilled] = useState(false);
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});

  // Start from the offer's terms once they are here; never overwrite what the caseworker typed.
  useEffect(() => {
    if (offer.data && !prefilled) {
      setDraft(placementDraftFrom(offer.data));
      setPrefilled(true);
    }
  }, [offer.data, prefilled]);

  const set = <K extends keyof PlacementDraft>(key: K, value: PlacementDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setProblems(({ [key]: _fixed, ...rest }) => rest);
  };
  const problem = (field: string) => {
    const found = problems[field];
    return found ? translateProblem(t, found) : undefined;
  };

  const submit = () => {
    const check = checkPlacement(draft);
    if (!check.ok) {
      setProblems(check.problems);
      return;
    }
    // The promise rather than mutate's callbacks: in a list filtered by stage the row leaves and this modal unmounts.
    move.mutateAsync({ referral, move: { to: "hired", placement: check.placement } }).then(onDone, (error: unknown) => {
      if (isApiError(error) && error.code === "validation_failed") setProblems(placementProblemsFromApi(error.details));
    });
  };

  return (
    <FormModal opened onClose={onClose} title={t("hire.title", { name: referral.workerName })}>
      <ModalForm
        onSubmit={submit}
        noValidate
        onCancel={onClose}
        submitLabel={t("hire.save")}
        submitIcon={<IconRosetteDiscountCheck size={18} aria-hidden />}
        saving={move.isPending}
      >
        <Text>{t("hire.explain", { name: referral.workerName, employer: referral.employerName, title: referral.offerTitle })}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t("hire.contractType")}
            data={codeOptions(t, "contractType", CONTRACT_TYPES)}
            value={draft.contractType}
            onChange={(value) => set("contractType", value as ContractType | null)}
            error={problem("contractType")}
            required
            comboboxProps={{ withinPortal: true }}
          />
          <NumberInput
            label={t("hire.hoursPerWeek")}
            min={1}
            max={60}
            decimalScale={1}
            allowNegative={false}
            value={draft.hoursPerWeek}
            onChange={(value) => set("hoursPerWeek", value)}
            error={problem("hoursPerWeek")}
            required
          />
          <DateInput
            label={t("hire.startDate")}
            valueFormat="ll"
            leftSection={<IconCalendar size={18} aria-hidden />}
            value={draft.startDate}
            onChange={(value) => set("startDate", value)}
            error={problem("startDate")}
            required
          />
          <DateInput
            label={t("hire.endDate")}
            description={t("hire.endDateHint")}
            valueFormat="ll"
            leftSection={<IconCalendar size={18} aria-hidden />}
            value={draft.endDate}
            onChange={(value) => set("endDate", value)}
            minDate={draft.startDate ?? undefined}
            error={problem("endDate")}
            clearable
          />
          <NumberInput
            label={t("hire.pay")}
            min={0}
            max={100000}
            decimalScale={2}
            allowNegative={false}
            leftSection={<IconCurrencyEuro size={18} aria-hidden />}
            value={draft.payAmount}
            onChange={(value) => set("payAmount", value)}
            error={problem("payAmount")}
            required
          />
          <Select
            label={t("hire.payUnit")}
            data={codeOptions(t, "payUnit", PAY_UNITS)}
            value={draft.payUnit}
            onChange={(value) => value && set("payUnit", value as PayUnit)}
            allowDeselect={false}
            required
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        {move.isError && !(isApiError(move.error) && move.error.code === "validation_failed") && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {refusalMessage(t, move.error)}
          </Alert>
        )}
      </ModalForm>
    </FormModal>
  );
}
