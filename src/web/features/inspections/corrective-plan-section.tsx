import { Button, Card, Group, Select, Stack, Text, Textarea } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar, IconCheck, IconPlus, IconX } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CorrectiveAction, InspectionDetail } from "../../api/inspections.js";
import { useAddCorrectiveAction, useUpdateCorrectiveAction } from "../../api/inspections.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { DateText } from "../../components/date-text.js";
import { CorrectiveActionBadges } from "../../components/inspections/inspection-badges.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";
import { SectionCard } from "../../components/section-card.js";

/** One item of the plan: what, by when, what the employer answered; the inspector verifies it or marks it not done. */
function PlanItem({ action, findingLabel }: { action: CorrectiveAction; findingLabel: string | null }) {
  const { t } = useTranslation("inspections");
  const update = useUpdateCorrectiveAction();
  const [confirmNotDone, setConfirmNotDone] = useState(false);
  const decide = (status: "verified" | "not_done") =>
    update.mutate({ id: action.id, patch: { status }, version: action.version }, { onSettled: () => setConfirmNotDone(false) });
  const undecided = action.status === "open" || action.status === "answered" || action.status === "not_done";
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <CorrectiveActionBadges action={action} />
          <Text size="sm" c="dimmed">
            {t("plan.dueBy")} <DateText value={action.dueDate} format="LL" />
          </Text>
        </Group>
        <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
          {action.description}
        </Text>
        {findingLabel && (
          <Text size="xs" c="dimmed">
            {t("plan.forFinding", { finding: findingLabel })}
          </Text>
        )}
        {action.employerResponse && (
          <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
            {t("plan.employerSaid", { response: action.employerResponse })}
          </Text>
        )}
        {update.isError && <SaveErrorAlert error={update.error} conflictMessage={t("staleVisit")} />}
        {undecided && (
          <Group gap="xs" wrap="wrap">
            <Button
              mih={44}
              color="green"
              variant="light"
              loading={update.isPending && update.variables?.patch.status === "verified"}
              leftSection={<IconCheck size={18} aria-hidden />}
              onClick={() => decide("verified")}
            >
              {t("plan.verify")}
            </Button>
            {action.status !== "not_done" && (
              <Button
                mih={44}
                color="red"
                variant="subtle"
                leftSection={<IconX size={18} aria-hidden />}
                onClick={() => setConfirmNotDone(true)}
              >
                {t("plan.notDone")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirmNotDone}
        title={t("plan.notDoneTitle")}
        message={t("plan.notDoneMessage")}
        confirmLabel={t("plan.notDone")}
        destructive
        loading={update.isPending}
        onConfirm={() => decide("not_done")}
        onCancel={() => setConfirmNotDone(false)}
      />
    </Card>
  );
}

function AddPlanItemForm({ visit, findingLabels }: { visit: InspectionDetail; findingLabels: Map<string, string> }) {
  const { t } = useTranslation("inspections");
  const add = useAddCorrectiveAction(visit.id);
  const [description, setDescription] = useState("");
  const [dueDate, setDueDate] = useState<string | null>(dayjs().add(30, "day").format("YYYY-MM-DD"));
  const [findingId, setFindingId] = useState<string | null>(null);
  const submit = () => {
    if (!description.trim() || !dueDate) return;
    add.mutate(
      { description: description.trim(), dueDate, findingId },
      {
        onSuccess: () => {
          setDescription("");
          setFindingId(null);
        },
      },
    );
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t("plan.description")}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          required
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Group grow align="flex-start" gap="sm" wrap="wrap">
          <DateInput
            label={t("plan.dueDate")}
            valueFormat="ll"
            leftSection={<IconCalendar size={18} aria-hidden />}
            value={dueDate}
            onChange={setDueDate}
            required
          />
          <Select
            label={t("plan.finding")}
            placeholder={t("plan.noFinding")}
            data={[...findingLabels].map(([value, label]) => ({ value, label }))}
            value={findingId}
            onChange={setFindingId}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
        {add.isError && <SaveErrorAlert error={add.error} conflictMessage={t("staleVisit")} />}
        <Group justify="flex-end">
          <Button
            type="submit"
            mih={44}
            loading={add.isPending}
            disabled={!description.trim() || !dueDate}
            leftSection={<IconPlus size={18} aria-hidden />}
          >
            {t("plan.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The corrective action plan: each item with its due date (overdue when past), the employer's answer and the verdict. */
export function CorrectivePlanSection({ visit }: { visit: InspectionDetail }) {
  const { t } = useTranslation("inspections");
  const editable = visit.status === "in_progress" || visit.status === "completed";
  const findingLabels = new Map(
    visit.findings.map((finding, index) => [
      finding.id,
      t("plan.findingLabel", { number: index + 1, area: t(`area.${finding.area}`), severity: t(`severity.${finding.severity}`) }),
    ]),
  );
  return (
    <SectionCard title={t("plan.sectionTitle")} description={t("plan.sectionHint")}>
      {visit.correctiveActions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("plan.none")}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {visit.correctiveActions.map((action) => (
            <PlanItem
              key={action.id}
              action={action}
              findingLabel={action.findingId ? (findingLabels.get(action.findingId) ?? null) : null}
            />
          ))}
        </Stack>
      )}
      {editable && <AddPlanItemForm visit={visit} findingLabels={findingLabels} />}
    </SectionCard>
  );
}
