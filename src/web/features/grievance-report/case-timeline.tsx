import { Badge, Group, Paper, Stack, Text, Timeline } from "@mantine/core";
import { IconBuildingCommunity, IconFlag, IconUser } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { GrievanceCategory, GrievanceStatus } from "../../../core/grievances/grievance-codes.js";
import type { ReporterEvent } from "../../../core/grievances/grievance-report-schemas.js";
import { DateText } from "../../components/date-text.js";

/** How a case stands, as its reporter sees it: status, what it is about, and the steps with the messages both ways. */
export function CaseTimeline({
  reference,
  status,
  categories,
  events,
}: {
  reference: string;
  status: GrievanceStatus;
  categories: GrievanceCategory[];
  events: ReporterEvent[];
}) {
  const { t } = useTranslation("grievanceReport");
  return (
    <Stack gap="lg" component="section" aria-labelledby="case-title">
      <Paper p="lg" withBorder radius="md">
        <Stack gap="sm">
          <Text fw={700} fz="xl" id="case-title">
            {t("case.reference", { reference })}
          </Text>
          <Group gap="sm">
            <Text fz="lg">{t("case.status")}</Text>
            <Badge size="xl" variant="light" data-testid="case-status">
              {t(`status.${status}`, { ns: "grievanceCodes" })}
            </Badge>
          </Group>
          <Text c="dimmed">{categories.map((c) => t(`category.${c}`, { ns: "grievanceCodes" })).join(", ")}</Text>
        </Stack>
      </Paper>
      <Timeline bulletSize={32} lineWidth={2} active={events.length - 1}>
        {events.map((event) => {
          const icon =
            event.kind === "status" ? (
              <IconFlag size={18} aria-hidden />
            ) : event.kind === "message_to_reporter" ? (
              <IconBuildingCommunity size={18} aria-hidden />
            ) : (
              <IconUser size={18} aria-hidden />
            );
          const title =
            event.kind === "status"
              ? t("case.statusStep", { status: t(`status.${event.status ?? "received"}`, { ns: "grievanceCodes" }) })
              : event.kind === "message_to_reporter"
                ? t("case.fromCentre")
                : t("case.fromYou");
          return (
            <Timeline.Item key={`${event.at}-${event.kind}-${event.body.slice(0, 20)}`} bullet={icon} title={<Text fw={700}>{title}</Text>}>
              {event.body && (
                <Text fz="lg" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                  {event.body}
                </Text>
              )}
              <Text c="dimmed" fz="sm">
                <DateText value={event.at} format="lll" />
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Stack>
  );
}
