import { Alert, Badge, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { IconCalendarPlus, IconCircleCheck, IconDeviceFloppy, IconPlayerPlay, IconX } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { InspectionDetail } from "../../api/inspections.js";
import { useInspection, useUpdateInspection } from "../../api/inspections.js";
import { BackLink } from "../../components/back-link.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { DateText } from "../../components/date-text.js";
import { InspectionQueueBadge } from "../../components/inspections/inspection-badges.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { AnchorLink } from "../../components/router-links.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";
import { SectionCard } from "../../components/section-card.js";
import { ChecklistSection } from "./checklist-section.js";
import { CorrectivePlanSection } from "./corrective-plan-section.js";
import { FindingsSection } from "./findings-section.js";
import { PlanVisitModal } from "./plan-visit-modal.js";

const route = getRouteApi("/staff/inspections/$inspectionId");

export function InspectionVisitPage() {
  const { inspectionId } = route.useParams();
  const visit = useInspection(inspectionId);
  if (visit.isPending) return <PageLoading rows={10} />;
  if (visit.isError) return <PageError error={visit.error} onRetry={() => void visit.refetch()} />;
  return <VisitFile visit={visit.data} />;
}

type Confirming = "complete" | "cancel" | null;

/** Start, complete (every item answered) or cancel the visit, or plan its follow-up once it is done. */
function VisitActions({ visit }: { visit: InspectionDetail }) {
  const { t } = useTranslation("inspections");
  const update = useUpdateInspection(visit.id);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [followingUp, setFollowingUp] = useState(false);
  const unanswered = visit.checklist.filter((entry) => entry.result === null).length;
  const move = (status: "in_progress" | "completed" | "cancelled") =>
    update.mutate({ patch: { status }, version: visit.version }, { onSettled: () => setConfirming(null) });
  const open = visit.status === "planned" || visit.status === "in_progress";
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        {visit.status === "planned" && (
          <Button
            mih={48}
            loading={update.isPending}
            leftSection={<IconPlayerPlay size={18} aria-hidden />}
            onClick={() => move("in_progress")}
          >
            {t("visit.start")}
          </Button>
        )}
        {visit.status === "in_progress" && (
          <Button mih={48} color="green" leftSection={<IconCircleCheck size={18} aria-hidden />} onClick={() => setConfirming("complete")}>
            {t("visit.complete")}
          </Button>
        )}
        {visit.status === "completed" && (
          <Button mih={48} variant="light" leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setFollowingUp(true)}>
            {t("visit.followUp")}
          </Button>
        )}
        {open && (
          <Button
            mih={48}
            variant="subtle"
            color="red"
            leftSection={<IconX size={18} aria-hidden />}
            onClick={() => setConfirming("cancel")}
          >
            {t("visit.cancel")}
          </Button>
        )}
      </Group>
      {update.isError && <SaveErrorAlert error={update.error} conflictMessage={t("staleVisit")} />}
      <ConfirmDialog
        opened={confirming === "complete"}
        title={t("visit.completeTitle")}
        message={unanswered > 0 ? t("visit.unanswered", { count: unanswered }) : t("visit.completeMessage")}
        confirmLabel={t("visit.complete")}
        confirmIcon={<IconCircleCheck size={18} aria-hidden />}
        loading={update.isPending}
        onConfirm={() => (unanswered > 0 ? setConfirming(null) : move("completed"))}
        onCancel={() => setConfirming(null)}
      />
      <ConfirmDialog
        opened={confirming === "cancel"}
        title={t("visit.cancelTitle")}
        message={t("visit.cancelMessage")}
        confirmLabel={t("visit.cancel")}
        destructive
        loading={update.isPending}
        onConfirm={() => move("cancelled")}
        onCancel={() => setConfirming(null)}
      />
      {followingUp && (
        <PlanVisitModal
          opened
          onClose={() => setFollowingUp(false)}
          followUp={{ id: visit.id, employerId: visit.employerId, siteId: visit.siteId }}
        />
      )}
    </Stack>
  );
}

/** The inspector's summary of the visit: internal, never shown to the employer. */
function SummarySection({ visit }: { visit: InspectionDetail }) {
  const { t } = useTranslation("inspections");
  const update = useUpdateInspection(visit.id);
  const [summary, setSummary] = useState(visit.summary ?? "");
  const editable = visit.status === "planned" || visit.status === "in_progress";
  return (
    <SectionCard title={t("summary.title")} description={t("summary.internal")}>
      {editable ? (
        <Stack gap="sm">
          <Textarea
            aria-label={t("summary.title")}
            value={summary}
            onChange={(event) => setSummary(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
          />
          {update.isError && <SaveErrorAlert error={update.error} conflictMessage={t("staleVisit")} />}
          <Group justify="flex-end">
            <Button
              mih={44}
              variant="light"
              loading={update.isPending}
              disabled={summary.trim() === (visit.summary ?? "")}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
              onClick={() => update.mutate({ patch: { summary: summary.trim() }, version: visit.version })}
            >
              {t("summary.save")}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
          {visit.summary || t("summary.none")}
        </Text>
      )}
    </SectionCard>
  );
}

/** A visit at the farm, made for a phone: the checklist card by card, findings with photos, the plan, and completing. */
function VisitFile({ visit }: { visit: InspectionDetail }) {
  const { t } = useTranslation("inspections");
  return (
    <>
      <PageHeader
        title={visit.employerName}
        back={<BackLink to="/staff/inspections" label={t("queuePage.title")} />}
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <Badge variant="outline" tt="none">
              {t(`kind.${visit.kind}`)}
            </Badge>
            <InspectionQueueBadge visit={visit} />
            <DateText value={visit.scheduledFor} format="LL" />
            {visit.siteName && <span dir="auto">{visit.siteName}</span>}
          </Group>
        }
      />
      <Stack gap="lg" maw={760}>
        {visit.followUpOf && (
          <Alert variant="light" color="blue">
            <AnchorLink to="/staff/inspections/$inspectionId" params={{ inspectionId: visit.followUpOf }}>
              {t("visit.followsUp")}
            </AnchorLink>
          </Alert>
        )}
        <VisitActions visit={visit} />
        {visit.status !== "cancelled" && <ChecklistSection visit={visit} />}
        {visit.status !== "cancelled" && visit.status !== "planned" && <FindingsSection visit={visit} />}
        {visit.status !== "cancelled" && visit.status !== "planned" && <CorrectivePlanSection visit={visit} />}
        <SummarySection key={visit.summary} visit={visit} />
      </Stack>
    </>
  );
}
