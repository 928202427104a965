import { Button, Group, Select, Stack } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar, IconCalendarPlus, IconX } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { INSPECTION_KINDS, type InspectionKind } from "../../../core/inspections/inspection-codes.js";
import { useEmployer } from "../../api/employers.js";
import { usePlanInspection } from "../../api/inspections.js";
import { EmployerSelect } from "../../components/employer-select.js";
import { FormModal } from "../../components/form-modal.js";
import { fieldDetailsOf, problemsFromApi, translateProblem } from "../../components/form-problems.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";

interface PlanVisitModalProps {
  opened: boolean;
  onClose: () => void;
  /** A follow-up: the visit it follows, whose employer and site it keeps. */
  followUp?: { id: string; employerId: string; siteId: string | null };
  /** The employer to preselect (when the queue is filtered to one). */
  employerId?: string;
}

/** Plans a visit (or a follow-up of a completed one) and opens it. */
export function PlanVisitModal({ opened, onClose, followUp, employerId: preselected }: PlanVisitModalProps) {
  const { t } = useTranslation("inspections");
  const navigate = useNavigate();
  const [employerId, setEmployerId] = useState<string | null>(followUp?.employerId ?? preselected ?? null);
  const [siteId, setSiteId] = useState<string | null>(followUp?.siteId ?? null);
  const [kind, setKind] = useState<InspectionKind>(followUp ? "follow_up" : "inspection");
  const [scheduledFor, setScheduledFor] = useState<string | null>(
    dayjs()
      .add(followUp ? 30 : 0, "day")
      .format("YYYY-MM-DD"),
  );
  const employer = useEmployer(employerId);
  const plan = usePlanInspection();
  const problems = problemsFromApi(fieldDetailsOf(plan.error));
  const problemAt = (field: string) => (problems[field] ? translateProblem(t, problems[field]) : undefined);

  const submit = () => {
    if (!employerId || !scheduledFor) return;
    plan.mutate(
      { employerId, siteId, kind, scheduledFor, followUpOf: followUp?.id ?? null },
      {
        onSuccess: (visit) => {
          onClose();
          void navigate({ to: "/staff/inspections/$inspectionId", params: { inspectionId: visit.id } });
        },
      },
    );
  };

  return (
    <FormModal opened={opened} onClose={onClose} title={t(followUp ? "plan.followUpTitle" : "plan.title")} size="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <EmployerSelect
            label={t("plan.employer")}
            value={employerId}
            onChange={(next) => {
              setEmployerId(next);
              setSiteId(null);
            }}
            required
            disabled={!!followUp}
            error={problemAt("employerId")}
          />
          <Select
            label={t("plan.site")}
            placeholder={t("plan.anySite")}
            data={(employer.data?.sites ?? []).map((site) => ({ value: site.id, label: site.name }))}
            value={siteId}
            onChange={setSiteId}
            clearable
            disabled={!employer.data}
            error={problemAt("siteId")}
            comboboxProps={{ withinPortal: true }}
          />
          {!followUp && (
            <Select
              label={t("plan.kind")}
              data={INSPECTION_KINDS.filter((k) => k !== "follow_up").map((value) => ({ value, label: t(`kind.${value}`) }))}
              value={kind}
              onChange={(next) => next && setKind(next as InspectionKind)}
              allowDeselect={false}
              required
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <DateInput
            label={t("plan.date")}
            valueFormat="ll"
            leftSection={<IconCalendar size={18} aria-hidden />}
            value={scheduledFor}
            onChange={setScheduledFor}
            required
            error={problemAt("scheduledFor")}
          />
          {plan.isError && Object.keys(problems).length === 0 && <SaveErrorAlert error={plan.error} conflictMessage={t("staleVisit")} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" mih={44} leftSection={<IconX size={18} aria-hidden />} onClick={onClose}>
              {t("action.cancel", { ns: "common" })}
            </Button>
            <Button
              type="submit"
              mih={44}
              loading={plan.isPending}
              disabled={!employerId || !scheduledFor}
              leftSection={<IconCalendarPlus size={18} aria-hidden />}
            >
              {t("plan.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
