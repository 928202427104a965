import { Alert, Button, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { IconAlertTriangle, IconArrowRight, IconCheck, IconGavel, IconLock, IconRefresh, IconSearch } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  GRIEVANCE_OUTCOMES,
  type GrievanceOutcome,
  type GrievanceStatus,
  SERIOUS_SEVERITIES,
  SUBSTANTIATED_OUTCOMES,
} from "../../../core/grievances/grievance-codes.js";
import { GRIEVANCE_MOVES, moveNeedsOutcome } from "../../../core/grievances/grievance-rules.js";
import type { GrievanceMoveInput } from "../../../core/grievances/grievance-schemas.js";
import { type GrievanceDetail, useMoveGrievance } from "../../api/grievances.js";
import { FormModal } from "../../components/form-modal.js";
import { ModalForm } from "../../components/modal-form.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";
import { SectionCard } from "../../components/section-card.js";
import { grievanceOptions } from "./grievance-filters.js";

const MOVE_ICONS: Record<GrievanceStatus, ReactNode> = {
  received: <IconArrowRight size={18} aria-hidden />,
  triaged: <IconCheck size={18} aria-hidden />,
  investigating: <IconSearch size={18} aria-hidden />,
  escalated: <IconGavel size={18} aria-hidden />,
  resolved: <IconCheck size={18} aria-hidden />,
  closed: <IconLock size={18} aria-hidden />,
};

/** The moves open from the case's status; each asks what it needs (where to escalate, the outcome) before it is made. */
export function GrievanceMovePanel({ grievance }: { grievance: GrievanceDetail }) {
  const { t } = useTranslation("grievances");
  const [target, setTarget] = useState<GrievanceStatus | null>(null);
  const moves = GRIEVANCE_MOVES[grievance.status];
  return (
    <SectionCard title={t("move.title")}>
      {moves.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("move.none")}
        </Text>
      ) : (
        <Stack gap="xs">
          {moves.map((to) => {
            const reopen = grievance.status === "resolved" && to === "investigating";
            return (
              <Button
                key={to}
                variant={to === "closed" ? "default" : "light"}
                leftSection={reopen ? <IconRefresh size={18} aria-hidden /> : MOVE_ICONS[to]}
                onClick={() => setTarget(to)}
                disabled={to === "triaged" && grievance.severity === null}
                justify="flex-start"
              >
                {reopen ? t("move.reopen") : t(`move.to.${to}`)}
              </Button>
            );
          })}
          {grievance.status === "received" && grievance.severity === null && (
            <Text size="sm" c="dimmed">
              {t("move.triageFirst")}
            </Text>
          )}
        </Stack>
      )}
      {target && <MoveDialog key={target} grievance={grievance} to={target} onClose={() => setTarget(null)} />}
    </SectionCard>
  );
}

function MoveDialog({ grievance, to, onClose }: { grievance: GrievanceDetail; to: GrievanceStatus; onClose: () => void }) {
  const { t } = useTranslation("grievances");
  const move = useMoveGrievance();
  const [escalatedTo, setEscalatedTo] = useState("");
  const [outcome, setOutcome] = useState<GrievanceOutcome | null>(grievance.outcome);
  const [outcomeNote, setOutcomeNote] = useState(grievance.outcomeNote);
  const needsOutcome = moveNeedsOutcome(to);
  const ready = (to !== "escalated" || escalatedTo.trim() !== "") && (!needsOutcome || outcome !== null);
  const holdsMatching =
    needsOutcome &&
    grievance.employerId !== null &&
    outcome !== null &&
    SUBSTANTIATED_OUTCOMES.includes(outcome) &&
    grievance.severity !== null &&
    SERIOUS_SEVERITIES.includes(grievance.severity);
  const submit = () => {
    if (!ready) return;
    const body: GrievanceMoveInput = { to };
    if (to === "escalated") body.escalatedTo = escalatedTo.trim();
    if (needsOutcome && outcome) {
      body.outcome = outcome;
      body.outcomeNote = outcomeNote.trim();
    }
    move.mutate({ grievance, move: body }, { onSuccess: onClose });
  };
  const reopen = grievance.status === "resolved" && to === "investigating";

  return (
    <FormModal opened onClose={onClose} title={reopen ? t("move.reopen") : t(`move.to.${to}`)} size="md">
      <ModalForm
        onSubmit={submit}
        onCancel={onClose}
        submitLabel={t("move.confirm")}
        submitIcon={MOVE_ICONS[to]}
        submitColor={to === "closed" ? "red" : undefined}
        submitDisabled={!ready}
        saving={move.isPending}
      >
        <Text size="sm">{reopen ? t("move.reopenHint") : t(`move.hint.${to}`)}</Text>
        {to === "escalated" && (
          <>
            <TextInput
              label={t("move.escalatedTo")}
              placeholder={t("move.escalatedToPlaceholder")}
              value={escalatedTo}
              onChange={(event) => setEscalatedTo(event.currentTarget.value)}
              maxLength={200}
              required
              data-autofocus
            />
            <Text size="sm" c="dimmed">
              {t("move.inspectionHint", { reference: grievance.reference })}
            </Text>
          </>
        )}
        {needsOutcome && (
          <>
            <Select
              label={t("move.outcome")}
              data={grievanceOptions(t, "outcome", GRIEVANCE_OUTCOMES)}
              value={outcome}
              onChange={(value) => setOutcome(value as GrievanceOutcome | null)}
              required
            />
            <Textarea
              label={t("move.outcomeNote")}
              value={outcomeNote}
              onChange={(event) => setOutcomeNote(event.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={4000}
              dir="auto"
            />
          </>
        )}
        {holdsMatching && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="status">
            {t("move.holdWarning", { employer: grievance.employerName ?? "" })}
          </Alert>
        )}
        {move.isError && <SaveErrorAlert error={move.error} conflictMessage={t("conflict")} />}
      </ModalForm>
    </FormModal>
  );
}
