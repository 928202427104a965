import { Button, Select, Stack, Text } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar, IconDeviceFloppy } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { GRIEVANCE_SEVERITIES, type GrievanceSeverity } from "../../../core/grievances/grievance-codes.js";
import { RESPONSE_HOURS } from "../../../core/grievances/grievance-rules.js";
import type { GrievanceTriageInput } from "../../../core/grievances/grievance-schemas.js";
import { type GrievanceDetail, useGrievanceAssignees, useTriageGrievance } from "../../api/grievances.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";
import { SectionCard } from "../../components/section-card.js";
import { grievanceOptions } from "./grievance-filters.js";

const UNASSIGNED = "";

/** Severity (which sets the due date), due date and who handles the case; only what changed is sent. */
export function GrievanceTriagePanel({ grievance }: { grievance: GrievanceDetail }) {
  const { t } = useTranslation("grievances");
  const triage = useTriageGrievance();
  const assignees = useGrievanceAssignees(true);
  const [severity, setSeverity] = useState<GrievanceSeverity | null>(grievance.severity);
  const [dueDate, setDueDate] = useState<string | null>(grievance.dueAt ? dayjs(grievance.dueAt).format("YYYY-MM-DD") : null);
  const [assignedTo, setAssignedTo] = useState<string>(grievance.assignedTo ?? UNASSIGNED);
  const closed = grievance.status === "closed";

  const change: GrievanceTriageInput = {};
  if (severity !== null && severity !== grievance.severity) change.severity = severity;
  const dueChanged = dueDate !== null && dueDate !== (grievance.dueAt ? dayjs(grievance.dueAt).format("YYYY-MM-DD") : null);
  // A new severity sets its own due date; a date picked by hand is the end of that day.
  if (dueChanged && change.severity === undefined) change.dueAt = dayjs(dueDate).endOf("day").toISOString();
  if (assignedTo !== (grievance.assignedTo ?? UNASSIGNED)) change.assignedTo = assignedTo === UNASSIGNED ? null : assignedTo;
  const changed = Object.keys(change).length > 0;
  const assigneeOptions = [
    { value: UNASSIGNED, label: t("unassigned") },
    ...(assignees.data ?? []).map((person) => ({
      value: person.id,
      label: `${person.name} · ${t(`role.${person.role}`, { ns: "codes" })}`,
    })),
  ];

  return (
    <SectionCard title={t("triage.title")} description={t("triage.description")}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (changed) triage.mutate({ grievance, triage: change });
        }}
      >
        <Stack gap="sm">
          <Select
            label={t("triage.severity")}
            placeholder={t("severity.none")}
            data={grievanceOptions(t, "severity", GRIEVANCE_SEVERITIES)}
            value={severity}
            onChange={(value) => setSeverity(value as GrievanceSeverity | null)}
            disabled={closed}
          />
          {change.severity && (
            <Text size="sm" c="dimmed">
              {t("triage.dueFromSeverity", { date: dayjs().add(RESPONSE_HOURS[change.severity], "hour").format("lll") })}
            </Text>
          )}
          <DateInput
            label={t("triage.due")}
            valueFormat="ll"
            leftSection={<IconCalendar size={18} aria-hidden />}
            value={dueDate}
            onChange={(value) => setDueDate(value)}
            disabled={closed || change.severity !== undefined}
          />
          <Select
            label={t("triage.assignedTo")}
            data={assigneeOptions}
            value={assignedTo}
            onChange={(value) => setAssignedTo(value ?? UNASSIGNED)}
            disabled={closed || assignees.isPending}
            searchable
          />
          {triage.isError && <SaveErrorAlert error={triage.error} conflictMessage={t("conflict")} />}
          <Button
            type="submit"
            loading={triage.isPending}
            disabled={!changed || closed}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            {t("triage.save")}
          </Button>
        </Stack>
      </form>
    </SectionCard>
  );
}
