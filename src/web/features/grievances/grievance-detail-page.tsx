import { Alert, Badge, Button, CopyButton, Grid, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconCopy, IconLock, IconSignature } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { type Action, mayEver } from "../../../core/access/policy.js";
import { type GrievanceDetail, useGrievance } from "../../api/grievances.js";
import { actorOf, useMe } from "../../api/me.js";
import { BackLink } from "../../components/back-link.js";
import { DateText } from "../../components/date-text.js";
import { FactGrid } from "../../components/fact-grid.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { SectionCard } from "../../components/section-card.js";
import { GrievanceSeverityBadge, GrievanceStatusBadge, OverdueBadge } from "./grievance-badges.js";
import { GrievanceMovePanel } from "./grievance-move-panel.js";
import { GrievanceNoteForm } from "./grievance-note-form.js";
import { GrievanceTimeline } from "./grievance-timeline.js";
import { GrievanceTriagePanel } from "./grievance-triage-panel.js";
import { RevealReporterPanel } from "./reveal-reporter-panel.js";

const route = getRouteApi("/staff/grievances/$grievanceId");

/**
 * One case: what happened, its timeline, triage and moves, notes and messages to the reporter. The data protection
 * officer, who may not read cases, gets the reveal only (the coordinator sends them the link).
 */
export function GrievanceDetailPage() {
  const { grievanceId } = route.useParams();
  const me = useMe();
  if (me.isPending) return <PageLoading rows={8} />;
  if (me.isError) return <PageError error={me.error} onRetry={() => void me.refetch()} />;
  const actor = me.data ? actorOf(me.data) : null;
  const may = (action: Action) => actor !== null && mayEver(actor, action);
  if (!may("grievance.read")) return <RevealOnly grievanceId={grievanceId} may={may} />;
  return <ReadableCase grievanceId={grievanceId} may={may} />;
}

type May = (action: Action) => boolean;

function RevealOnly({ grievanceId, may }: { grievanceId: string; may: May }) {
  const { t } = useTranslation("grievances");
  return (
    <>
      <PageHeader title={t("detail.revealOnlyTitle")} description={t("detail.revealOnlyDescription")} />
      {may("grievance.reveal") ? (
        <RevealReporterPanel grievanceId={grievanceId} signed={null} />
      ) : (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
          {t("detail.notAllowed")}
        </Alert>
      )}
    </>
  );
}

function ReadableCase({ grievanceId, may }: { grievanceId: string; may: May }) {
  const grievance = useGrievance(grievanceId);
  if (grievance.isPending) return <PageLoading rows={10} />;
  if (grievance.isError) return <PageError error={grievance.error} onRetry={() => void grievance.refetch()} />;
  return <CasePage grievance={grievance.data} may={may} />;
}

function CasePage({ grievance, may }: { grievance: GrievanceDetail; may: May }) {
  const { t } = useTranslation("grievances");
  const codes = (group: string, code: string) => t(`${group}.${code}`, { ns: "grievanceCodes" });
  const facts = [
    { label: t("fact.categories"), value: grievance.categories.map((code) => codes("category", code)).join(", ") },
    { label: t("fact.employer"), value: grievance.employerName ?? (grievance.workplaceGiven || t("fact.unknownWorkplace")) },
    { label: t("fact.channel"), value: codes("channel", grievance.channel) },
    { label: t("fact.language"), value: t(`language.${grievance.language}`, { ns: "codes", defaultValue: grievance.language }) },
    { label: t("fact.received"), value: <DateText value={grievance.createdAt} format="lll" /> },
    { label: t("fact.due"), value: <DateText value={grievance.dueAt} format="lll" /> },
    { label: t("fact.assignedTo"), value: grievance.assignedToName ?? t("unassigned") },
    { label: t("fact.escalatedTo"), value: grievance.escalatedTo || t("fact.notEscalated") },
    { label: t("fact.outcome"), value: grievance.outcome ? codes("outcome", grievance.outcome) : t("fact.noOutcome") },
  ];

  return (
    <>
      <PageHeader
        title={t("detail.title", { reference: grievance.reference })}
        back={<BackLink to="/staff/grievances" label={t("list.title")} />}
        description={
          <Group gap="sm" component="span" wrap="wrap">
            <GrievanceStatusBadge status={grievance.status} />
            <GrievanceSeverityBadge severity={grievance.severity} />
            {grievance.overdue && <OverdueBadge />}
            <Badge variant="outline" color="gray" leftSection={<IconSignature size={12} aria-hidden />}>
              {grievance.signed ? t("signed") : t("anonymous")}
            </Badge>
          </Group>
        }
      />
      {grievance.matchingHold && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t("hold.title")} mb="md" role="status">
          {t("hold.message", { employer: grievance.employerName ?? "" })}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <SectionCard title={t("detail.facts")}>
              <FactGrid facts={facts} />
              <Text dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                {grievance.description}
              </Text>
              {grievance.outcomeNote && (
                <Text size="sm" c="dimmed" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                  {t("detail.outcomeNote", { note: grievance.outcomeNote })}
                </Text>
              )}
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {t("detail.caseId")}
                </Text>
                <Text size="sm" className="ltr-text" ff="monospace">
                  {grievance.id}
                </Text>
                <CopyButton value={grievance.id}>
                  {({ copied, copy }) => (
                    <Button
                      variant="light"
                      onClick={copy}
                      leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                    >
                      {copied ? t("detail.copied") : t("detail.copy")}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </SectionCard>
            <SectionCard title={t("detail.timeline")}>
              <GrievanceTimeline events={grievance.events} />
            </SectionCard>
            {may("grievance.note") && (
              <SectionCard title={t("note.title")}>
                <GrievanceNoteForm grievanceId={grievance.id} />
              </SectionCard>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            {may("grievance.triage") && <GrievanceTriagePanel key={grievance.version} grievance={grievance} />}
            {may("grievance.triage") && <GrievanceMovePanel grievance={grievance} />}
            {may("grievance.reveal") && <RevealReporterPanel grievanceId={grievance.id} signed={grievance.signed} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
