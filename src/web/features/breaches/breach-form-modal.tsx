import { MultiSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconDeviceFloppy } from "@tabler/icons-react";
import { type ChangeEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { BREACH_DATA_CATEGORIES, type Breach } from "../../../core/breaches/breach-schemas.js";
import { useRecordBreach, useUpdateBreach } from "../../api/breaches.js";
import { FormModal } from "../../components/form-modal.js";
import { type FieldProblem, fieldDetailsOf, problemsFromApi, translateProblem } from "../../components/form-problems.js";
import { ModalForm } from "../../components/modal-form.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";
import { type BreachDraft, checkBreachChange, checkNewBreach, draftOf } from "./breach-draft.js";

interface BreachFormModalProps {
  /** The breach to complete, or null to record a new one. */
  breach: Breach | null;
  onClose: () => void;
}

/** dayjs's localized date and time, e.g. "25 Mar 2026 14:05" in English. */
const DATE_FORMAT = "lll";

/** Records a breach, or completes one (the report to the authority, people informed, measures, closing it). */
export function BreachFormModal({ breach, onClose }: BreachFormModalProps) {
  const { t } = useTranslation("breaches");
  const record = useRecordBreach();
  const update = useUpdateBreach();
  const [draft, setDraft] = useState<BreachDraft>(() => draftOf(breach));
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const saving = record.isPending || update.isPending;
  const failure = record.error ?? update.error;
  const otherFailure = failure && fieldDetailsOf(failure).length === 0 ? failure : null;

  const set = <K extends keyof BreachDraft>(key: K, value: BreachDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setProblems(({ [key]: _fixed, ...rest }) => rest);
  };
  const problem = (field: keyof BreachDraft) => {
    const found = problems[field];
    return found ? translateProblem(t, found) : undefined;
  };

  const done = () => {
    notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t(breach ? "form.updated" : "form.recorded") });
    onClose();
  };
  const refused = (error: unknown) => setProblems(problemsFromApi(fieldDetailsOf(error)));

  const submit = () => {
    if (breach) {
      const check = checkBreachChange(draft);
      if (!check.ok) return setProblems(check.problems);
      update.mutate({ id: breach.id, patch: check.value, version: breach.version }, { onSuccess: done, onError: refused });
    } else {
      const check = checkNewBreach(draft);
      if (!check.ok) return setProblems(check.problems);
      record.mutate(check.value, { onSuccess: done, onError: refused });
    }
  };

  const dateProps = (field: "discoveredAt" | "reportedToAuthorityAt" | "peopleInformedAt") => ({
    value: draft[field],
    onChange: (value: string | null) => set(field, value),
    error: problem(field),
    valueFormat: DATE_FORMAT,
    maxDate: new Date(),
    popoverProps: { withinPortal: true },
  });

  const textProps = (field: "description" | "likelyConsequences" | "measuresTaken") => ({
    label: t(`field.${field}`),
    autosize: true,
    minRows: field === "description" ? 3 : 2,
    maxLength: 4000,
    value: draft[field],
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) => set(field, event.currentTarget.value),
    error: problem(field),
  });

  return (
    <FormModal
      opened
      onClose={onClose}
      title={breach ? t("form.editTitle", { reference: breach.reference }) : t("form.createTitle")}
      size="xl"
    >
      <ModalForm
        onSubmit={submit}
        noValidate
        onCancel={onClose}
        submitLabel={t(breach ? "form.save" : "form.record")}
        submitIcon={<IconDeviceFloppy size={18} aria-hidden />}
        saving={saving}
      >
        {otherFailure && <SaveErrorAlert error={otherFailure} conflictMessage={t("form.conflict")} />}
        <Stack gap="md">
          <DateTimePicker
            label={t("field.discoveredAt")}
            description={t("field.discoveredAtHint")}
            required
            {...dateProps("discoveredAt")}
          />
          <Textarea description={t("field.descriptionHint")} required {...textProps("description")} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t("field.dataCategories")}
              required
              data={BREACH_DATA_CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))}
              value={draft.dataCategories}
              onChange={(value) => set("dataCategories", value as BreachDraft["dataCategories"])}
              error={problem("dataCategories")}
              comboboxProps={{ withinPortal: true }}
            />
            <NumberInput
              label={t("field.peopleAffected")}
              description={t("field.peopleAffectedHint")}
              required
              min={0}
              allowDecimal={false}
              allowNegative={false}
              value={draft.peopleAffected}
              onChange={(value) => set("peopleAffected", value)}
              error={problem("peopleAffected")}
            />
          </SimpleGrid>
          <Textarea {...textProps("likelyConsequences")} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="breach-risk-label">
              {t("field.riskLevel")}
            </Text>
            <SegmentedControl
              aria-labelledby="breach-risk-label"
              value={draft.riskLevel}
              onChange={(value) => set("riskLevel", value as BreachDraft["riskLevel"])}
              data={[
                { value: "low", label: t("risk.low") },
                { value: "high", label: t("risk.high") },
              ]}
            />
            <Text size="xs" c="dimmed">
              {t("field.riskLevelHint")}
            </Text>
          </Stack>
          <Textarea {...textProps("measuresTaken")} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateTimePicker label={t("field.reportedToAuthorityAt")} clearable {...dateProps("reportedToAuthorityAt")} />
            <DateTimePicker label={t("field.peopleInformedAt")} clearable {...dateProps("peopleInformedAt")} />
          </SimpleGrid>
          {breach && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="breach-status-label">
                {t("field.status")}
              </Text>
              <SegmentedControl
                aria-labelledby="breach-status-label"
                value={draft.status}
                onChange={(value) => set("status", value as BreachDraft["status"])}
                data={[
                  { value: "open", label: t("status.open") },
                  { value: "closed", label: t("status.closed") },
                ]}
              />
            </Stack>
          )}
        </Stack>
      </ModalForm>
    </FormModal>
  );
}
