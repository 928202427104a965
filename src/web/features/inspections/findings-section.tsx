import { Anchor, Badge, Button, Card, Group, SegmentedControl, Select, Stack, Text, Textarea } from "@mantine/core";
import { IconCamera, IconFileUpload, IconPaperclip, IconPlus } from "@tabler/icons-react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FINDING_AREAS, FINDING_SEVERITIES } from "../../../core/inspections/inspection-codes.js";
import type { Evidence, Finding, InspectionDetail } from "../../api/inspections.js";
import { useAddFinding, useUploadEvidence } from "../../api/inspections.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";
import { SectionCard } from "../../components/section-card.js";

type Area = (typeof FINDING_AREAS)[number];
type Severity = (typeof FINDING_SEVERITIES)[number];
const SEVERITY_COLOURS: Record<Severity, string> = { minor: "yellow", major: "orange", critical: "red" };

/** Takes a photo with the phone's back camera (or picks a file) and attaches it to the visit or one finding. */
function EvidenceButtons({ visitId, findingId }: { visitId: string; findingId?: string }) {
  const { t } = useTranslation("inspections");
  const upload = useUploadEvidence(visitId);
  const camera = useRef<HTMLInputElement>(null);
  const filePicker = useRef<HTMLInputElement>(null);
  const send = (input: HTMLInputElement | null) => {
    const file = input?.files?.[0];
    if (!input || !file) return;
    upload.mutate(
      { file, findingId },
      {
        onSettled: () => {
          // The same photo can be chosen again after a failure.
          input.value = "";
        },
      },
    );
  };
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <input
          ref={camera}
          type="file"
          accept="image/*"
          capture="environment"
          hidden
          aria-hidden
          tabIndex={-1}
          onChange={(event) => send(event.currentTarget)}
        />
        <input
          ref={filePicker}
          type="file"
          accept="image/jpeg,image/png,image/webp,application/pdf"
          hidden
          aria-hidden
          tabIndex={-1}
          onChange={(event) => send(event.currentTarget)}
        />
        <Button
          variant="light"
          mih={44}
          loading={upload.isPending}
          leftSection={<IconCamera size={18} aria-hidden />}
          onClick={() => camera.current?.click()}
        >
          {t("evidence.takePhoto")}
        </Button>
        <Button
          variant="subtle"
          mih={44}
          disabled={upload.isPending}
          leftSection={<IconFileUpload size={18} aria-hidden />}
          onClick={() => filePicker.current?.click()}
        >
          {t("evidence.attachFile")}
        </Button>
      </Group>
      {upload.isError && <SaveErrorAlert error={upload.error} conflictMessage={t("staleVisit")} />}
    </Stack>
  );
}

function EvidenceLinks({ evidence }: { evidence: Evidence[] }) {
  const { t } = useTranslation("inspections");
  if (evidence.length === 0) return null;
  return (
    <Group gap="sm" wrap="wrap" aria-label={t("evidence.title")}>
      {evidence.map((item) => (
        <Anchor key={item.id} href={item.url} target="_blank" rel="noopener" size="sm">
          <Group gap={4} wrap="nowrap" component="span">
            <IconPaperclip size={16} aria-hidden />
            <span className="ltr-text">{item.fileName}</span>
          </Group>
        </Anchor>
      ))}
    </Group>
  );
}

function FindingCard({
  finding,
  evidence,
  visitId,
  editable,
}: {
  finding: Finding;
  evidence: Evidence[];
  visitId: string;
  editable: boolean;
}) {
  const { t } = useTranslation("inspections");
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={6}>
        <Group gap="xs">
          <Badge color={SEVERITY_COLOURS[finding.severity]} tt="none">
            {t(`severity.${finding.severity}`)}
          </Badge>
          <Badge variant="outline" tt="none">
            {t(`area.${finding.area}`)}
          </Badge>
        </Group>
        <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
          {finding.description}
        </Text>
        <EvidenceLinks evidence={evidence} />
        {editable && <EvidenceButtons visitId={visitId} findingId={finding.id} />}
      </Stack>
    </Card>
  );
}

function AddFindingForm({ visitId }: { visitId: string }) {
  const { t } = useTranslation("inspections");
  const add = useAddFinding(visitId);
  const [area, setArea] = useState<Area | null>(null);
  const [severity, setSeverity] = useState<Severity>("minor");
  const [description, setDescription] = useState("");
  const submit = () => {
    if (!area || !description.trim()) return;
    add.mutate(
      { area, severity, description: description.trim() },
      {
        onSuccess: () => {
          setArea(null);
          setSeverity("minor");
          setDescription("");
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
        <Select
          label={t("finding.area")}
          data={FINDING_AREAS.map((value) => ({ value, label: t(`area.${value}`) }))}
          value={area}
          onChange={(next) => setArea(next as Area | null)}
          required
          comboboxProps={{ withinPortal: true }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="finding-severity">
            {t("finding.severity")}
          </Text>
          <SegmentedControl
            aria-labelledby="finding-severity"
            fullWidth
            value={severity}
            onChange={(next) => setSeverity(next as Severity)}
            data={FINDING_SEVERITIES.map((value) => ({ value, label: t(`severity.${value}`) }))}
          />
        </Stack>
        <Textarea
          label={t("finding.description")}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          required
          autosize
          minRows={2}
          maxLength={2000}
        />
        {add.isError && <SaveErrorAlert error={add.error} conflictMessage={t("staleVisit")} />}
        <Group justify="flex-end">
          <Button
            type="submit"
            mih={44}
            loading={add.isPending}
            disabled={!area || !description.trim()}
            leftSection={<IconPlus size={18} aria-hidden />}
          >
            {t("finding.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What the visit found, each with its photos, and the evidence of the visit as a whole. */
export function FindingsSection({ visit }: { visit: InspectionDetail }) {
  const { t } = useTranslation("inspections");
  const editable = visit.status === "in_progress" || visit.status === "completed";
  const evidence = visit.evidence ?? [];
  const general = evidence.filter((item) => item.findingId === null);
  return (
    <SectionCard title={t("finding.title")} description={editable ? undefined : t("finding.startFirst")}>
      {visit.findings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("finding.none")}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {visit.findings.map((finding) => (
            <FindingCard
              key={finding.id}
              finding={finding}
              evidence={evidence.filter((item) => item.findingId === finding.id)}
              visitId={visit.id}
              editable={editable}
            />
          ))}
        </Stack>
      )}
      {(general.length > 0 || editable) && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t("evidence.ofVisit")}
          </Text>
          <EvidenceLinks evidence={general} />
          {editable && <EvidenceButtons visitId={visit.id} />}
        </Stack>
      )}
      {editable && <AddFindingForm visitId={visit.id} />}
    </SectionCard>
  );
}
