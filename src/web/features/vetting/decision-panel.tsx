import { Button, Select, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconGavel } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { VettingStatus } from "../../../core/vetting/vetting-codes.js";
import { APPROVING_STATUSES, NOTE_REQUIRED, VETTING_MOVES } from "../../../core/vetting/vetting-lifecycle.js";
import type { VettingFile } from "../../../core/vetting/vetting-schemas.js";
import { useDecideVetting } from "../../api/vetting.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";
import { SectionCard } from "../../components/section-card.js";

/** Decisions that take an employer out of matching: asked twice. */
const GRAVE: readonly VettingStatus[] = ["suspended", "rejected"];

/** The centre's decision on the file: the next status the lifecycle allows, with its conditions or reason. */
export function DecisionPanel({ employerId, file }: { employerId: string; file: VettingFile }) {
  const { t } = useTranslation("vetting");
  const decide = useDecideVetting(employerId);
  const moves = VETTING_MOVES[file.status];
  const [status, setStatus] = useState<VettingStatus | null>(null);
  const [note, setNote] = useState("");
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const noteRequired = status !== null && NOTE_REQUIRED.includes(status);
  const blockedByCompleteness = status !== null && APPROVING_STATUSES.includes(status) && !file.completeness.complete;

  const send = () =>
    decide.mutate(
      { input: { status: status as VettingStatus, note }, version: file.version },
      {
        onSuccess: () => {
          setConfirming(false);
          setStatus(null);
          setNote("");
          setTried(false);
          notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("decision.saved") });
        },
        onError: () => setConfirming(false),
      },
    );

  const submit = () => {
    setTried(true);
    if (status === null || (noteRequired && note.trim() === "") || blockedByCompleteness) return;
    if (GRAVE.includes(status)) setConfirming(true);
    else send();
  };

  return (
    <SectionCard title={t("decision.title")} description={t("decision.description")}>
      <Stack gap="md">
        <Select
          label={t("decision.status")}
          data={moves.map((value) => ({ value, label: t(`status.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(value as VettingStatus | null)}
          required
          size="md"
          allowDeselect={false}
          error={tried && status === null ? t("required", { ns: "errors" }) : undefined}
          comboboxProps={{ withinPortal: true }}
        />
        {blockedByCompleteness && (
          <Text size="sm" c="orange" role="alert">
            {t("decision.incomplete")}
          </Text>
        )}
        <Textarea
          label={status === "approved_with_conditions" ? t("decision.conditions") : t("decision.reason")}
          description={noteRequired ? t("decision.noteRequired") : t("decision.noteOptional")}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={2}
          required={noteRequired}
          error={tried && noteRequired && note.trim() === "" ? t("reasonRequired", { ns: "errors" }) : undefined}
        />
        {decide.isError && <SaveErrorAlert error={decide.error} conflictMessage={t("conflict")} />}
        <div>
          <Button size="md" leftSection={<IconGavel size={20} aria-hidden />} loading={decide.isPending && !confirming} onClick={submit}>
            {t("decision.submit")}
          </Button>
        </div>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t("decision.confirmTitle", { status: status ? t(`status.${status}`) : "" })}
        message={t("decision.confirmMessage")}
        confirmLabel={t("decision.submit")}
        confirmIcon={<IconGavel size={18} aria-hidden />}
        destructive
        loading={decide.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={send}
      />
    </SectionCard>
  );
}
