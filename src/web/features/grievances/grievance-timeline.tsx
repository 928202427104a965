import { Badge, Group, Text, Timeline } from "@mantine/core";
import { IconArrowRight, IconEye, IconFlag, IconGavel, IconMessage, IconNote, IconUserCheck } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { GrievanceEvent } from "../../../core/grievances/grievance-schemas.js";
import { DateText } from "../../components/date-text.js";

const ICONS: Record<string, ReactNode> = {
  status: <IconArrowRight size={14} aria-hidden />,
  note: <IconNote size={14} aria-hidden />,
  assignment: <IconUserCheck size={14} aria-hidden />,
  triage: <IconFlag size={14} aria-hidden />,
  escalation: <IconGavel size={14} aria-hidden />,
  outcome: <IconGavel size={14} aria-hidden />,
  message_to_reporter: <IconMessage size={14} aria-hidden />,
  message_from_reporter: <IconMessage size={14} aria-hidden />,
};

/** What an event says in one line: the move, the severity set, the assignee… */
function useHeadline() {
  const { t } = useTranslation("grievances");
  return (event: GrievanceEvent): string => {
    if (event.kind === "status" && event.toStatus) {
      const to = t(`status.${event.toStatus}`, { ns: "grievanceCodes" });
      return event.fromStatus ? t("timeline.moved", { from: t(`status.${event.fromStatus}`, { ns: "grievanceCodes" }), to }) : to;
    }
    if (event.kind === "triage") {
      return event.body
        ? t("timeline.severity", { severity: t(`severity.${event.body}`, { ns: "grievanceCodes" }) })
        : t("timeline.dueChanged");
    }
    if (event.kind === "assignment") return event.body ? t("timeline.assigned", { name: event.body }) : t("timeline.unassigned");
    if (event.kind === "escalation") return t("timeline.escalated", { to: event.body });
    return t(`eventKind.${event.kind}`, { ns: "grievanceCodes", defaultValue: event.kind });
  };
}

/** The case's history, oldest first: moves, triage, notes and the messages exchanged with the reporter. */
export function GrievanceTimeline({ events }: { events: readonly GrievanceEvent[] }) {
  const { t } = useTranslation("grievances");
  const headline = useHeadline();
  const hasText = (event: GrievanceEvent) =>
    ["note", "outcome", "message_to_reporter", "message_from_reporter", "matching_review"].includes(event.kind);
  return (
    <Timeline bulletSize={24} lineWidth={2} active={events.length - 1}>
      {events.map((event) => (
        <Timeline.Item key={event.id} bullet={ICONS[event.kind] ?? <IconNote size={14} aria-hidden />} title={headline(event)}>
          <Group gap="xs" wrap="wrap">
            <Text size="xs" c="dimmed">
              <DateText value={event.at} format="lll" />
            </Text>
            <Text size="xs" c="dimmed">
              {event.byName ?? (event.kind === "message_from_reporter" ? t("timeline.reporter") : t("timeline.system"))}
            </Text>
            {event.visibleToReporter && (
              <Badge size="xs" variant="light" color="teal" leftSection={<IconEye size={10} aria-hidden />}>
                {t("timeline.visibleToReporter")}
              </Badge>
            )}
          </Group>
          {hasText(event) && event.body && (
            <Text size="sm" mt={4} dir="auto" style={{ whiteSpace: "pre-wrap" }}>
              {event.body}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
