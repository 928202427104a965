import { Alert, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { IconMessage2 } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { ReporterEvent } from "../../../core/grievances/grievance-report-schemas.js";
import type { GrievanceEvent } from "../../../core/grievances/grievance-schemas.js";
import { useGrievance } from "../../api/grievances.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { ButtonLink } from "../../components/router-links.js";
import { BackButton } from "./back-button.js";
import { CaseTimeline } from "./case-timeline.js";

const route = getRouteApi("/me/reports/$grievanceId");

/** The steps a reporter sees: statuses and the messages both ways (the API already hides internal notes). */
function reporterEvents(events: GrievanceEvent[]): ReporterEvent[] {
  return events.flatMap((event): ReporterEvent[] => {
    if (event.kind === "status" && event.toStatus) return [{ kind: "status", status: event.toStatus, body: "", at: event.at }];
    if (event.kind === "message_to_reporter" || event.kind === "message_from_reporter") {
      return [{ kind: event.kind, status: null, body: event.body, at: event.at }];
    }
    return [];
  });
}

/** "/me/reports/$grievanceId": how one of the worker's own reports stands. */
export function MyReportPage() {
  const { t } = useTranslation("grievanceReport");
  const { grievanceId } = route.useParams();
  const grievance = useGrievance(grievanceId);
  useDocumentTitle(t("documentTitle", { ns: "common", page: grievance.data?.reference ?? t("mine.title") }));
  return (
    <Stack gap="xl">
      <BackButton to="/me/reports" label={t("mine.title")} />
      {grievance.isPending ? (
        <PageLoading rows={4} />
      ) : grievance.isError ? (
        <PageError error={grievance.error} onRetry={() => void grievance.refetch()} />
      ) : (
        <>
          <Title order={1} fz={28}>
            {grievance.data.reference}
          </Title>
          <CaseTimeline
            reference={grievance.data.reference}
            status={grievance.data.status}
            categories={grievance.data.categories}
            events={reporterEvents(grievance.data.events)}
          />
          <Alert color="blue" variant="light" icon={<IconMessage2 aria-hidden />}>
            <Text fz="lg">{t("mine.writeWithCode")}</Text>
          </Alert>
          <ButtonLink to="/report/follow" size="lg" fullWidth leftSection={<IconMessage2 size={24} aria-hidden />}>
            {t("done.follow")}
          </ButtonLink>
        </>
      )}
    </Stack>
  );
}
