import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { notifications } from "@mantine/notifications";
import { IconCalendar, IconCheck, IconCurrencyEuro, IconDeviceFloppy } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LABOUR_RULE_KINDS } from "../../../core/labour-rules/labour-rule-codes.js";
import { LABOUR_RULE_PAY_UNITS, LABOUR_RULE_SECTORS } from "../../../core/labour-rules/labour-rule-schemas.js";
import { CONTRACT_TYPES, COUNTRIES } from "../../../core/reference/codes.js";
import { type LabourRule, useCreateLabourRule, useUpdateLabourRule } from "../../api/labour-rules.js";
import { FormModal } from "../../components/form-modal.js";
import { type FieldProblem, fieldDetailsOf, problemsFromApi, translateProblem } from "../../components/form-problems.js";
import { ModalForm } from "../../components/modal-form.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";
import { ANY_CONTRACT, checkDraft, draftOf, formPathOf, type LabourRuleDraft } from "./labour-rule-draft.js";

interface LabourRuleFormModalProps {
  /** The rule to correct, or null to add one. */
  rule: LabourRule | null;
  onClose: () => void;
}

/** An administrator adds a rule or corrects one: a pay floor (unit and amount) or a limit (a value), dated and sourced. */
export function LabourRuleFormModal({ rule, onClose }: LabourRuleFormModalProps) {
  const { t } = useTranslation("labourRules");
  const create = useCreateLabourRule();
  const update = useUpdateLabourRule();
  const [draft, setDraft] = useState<LabourRuleDraft>(() => draftOf(rule));
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const saving = create.isPending || update.isPending;
  const failure = create.error ?? update.error;
  const otherFailure = failure && fieldDetailsOf(failure).length === 0 ? failure : null;
  const floor = draft.kind === "min_pay";

  const set = <K extends keyof LabourRuleDraft>(key: K, value: LabourRuleDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setProblems(({ [key]: _fixed, ...rest }) => rest);
  };
  const problem = (field: keyof LabourRuleDraft) => {
    const found = problems[field];
    return found ? translateProblem(t, found) : undefined;
  };
  const done = () => {
    notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t(rule ? "form.updated" : "form.created") });
    onClose();
  };
  const refused = (error: unknown) => setProblems(problemsFromApi(fieldDetailsOf(error), formPathOf));

  const submit = () => {
    const check = checkDraft(draft);
    if (!check.ok) return setProblems(check.problems);
    if (rule) update.mutate({ id: rule.id, patch: check.value, version: rule.version }, { onSuccess: done, onError: refused });
    else create.mutate(check.value, { onSuccess: done, onError: refused });
  };

  const choice = <K extends "country" | "sector" | "contractType" | "kind" | "payUnit">(
    field: K,
    data: { value: string; label: string }[],
  ) => ({
    label: t(`field.${field}`),
    data,
    value: draft[field],
    onChange: (value: string | null) => value && set(field, value as LabourRuleDraft[K]),
    allowDeselect: false,
    error: problem(field),
    comboboxProps: { withinPortal: true },
  });

  return (
    <FormModal opened onClose={onClose} title={t(rule ? "form.editTitle" : "form.createTitle")} size="xl">
      <ModalForm
        onSubmit={submit}
        noValidate
        onCancel={onClose}
        submitLabel={t("form.save")}
        submitIcon={<IconDeviceFloppy size={18} aria-hidden />}
        saving={saving}
      >
        {otherFailure && <SaveErrorAlert error={otherFailure} conflictMessage={t("form.conflict")} />}
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              required
              {...choice(
                "country",
                COUNTRIES.map((value) => ({ value, label: t(`country.${value}`, { ns: "codes" }) })),
              )}
            />
            <Select
              required
              {...choice(
                "kind",
                LABOUR_RULE_KINDS.map((value) => ({ value, label: t(`kind.${value}`) })),
              )}
            />
            <Select
              {...choice(
                "sector",
                LABOUR_RULE_SECTORS.map((value) => ({
                  value,
                  label: value === "all" ? t("sectorAll") : t(`sector.${value}`, { ns: "codes" }),
                })),
              )}
            />
            <Select
              {...choice("contractType", [
                { value: ANY_CONTRACT, label: t("contractAny") },
                ...CONTRACT_TYPES.map((value) => ({ value, label: t(`contractType.${value}`, { ns: "codes" }) })),
              ])}
            />
          </SimpleGrid>
          {floor ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={t("field.amount")}
                required
                min={0}
                decimalScale={2}
                allowNegative={false}
                leftSection={<IconCurrencyEuro size={18} aria-hidden />}
                value={draft.amountEuros}
                onChange={(value) => set("amountEuros", value)}
                error={problem("amountEuros")}
              />
              <Select
                required
                {...choice(
                  "payUnit",
                  LABOUR_RULE_PAY_UNITS.map((value) => ({ value, label: t(`payUnit.${value}`, { ns: "codes" }) })),
                )}
              />
            </SimpleGrid>
          ) : (
            <NumberInput
              label={t(`valueLabel.${draft.kind}`)}
              required
              min={0}
              decimalScale={2}
              allowNegative={false}
              value={draft.value}
              onChange={(value) => set("value", value)}
              error={problem("value")}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateInput
              label={t("field.validFrom")}
              valueFormat="ll"
              required
              leftSection={<IconCalendar size={18} aria-hidden />}
              value={draft.validFrom}
              onChange={(value) => set("validFrom", value)}
              error={problem("validFrom")}
              popoverProps={{ withinPortal: true }}
            />
            <DateInput
              label={t("field.validTo")}
              description={t("field.validToHint")}
              valueFormat="ll"
              clearable
              leftSection={<IconCalendar size={18} aria-hidden />}
              value={draft.validTo}
              onChange={(value) => set("validTo", value)}
              error={problem("validTo")}
              popoverProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <TextInput
            label={t("field.source")}
            description={t("field.sourceHint")}
            required
            maxLength={1000}
            value={draft.source}
            onChange={(event) => set("source", event.currentTarget.value)}
            error={problem("source")}
          />
          <Textarea
            label={t("field.note")}
            autosize
            minRows={2}
            maxLength={2000}
            value={draft.note}
            onChange={(event) => set("note", event.currentTarget.value)}
            error={problem("note")}
          />
        </Stack>
      </ModalForm>
    </FormModal>
  );
}
