import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { IconAlertTriangle, IconCircleX, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DECLINE_REASONS } from "../../../core/referrals/referral-stages.js";
import { type Referral, useMoveReferral } from "../../api/referrals.js";
import { codeOptions } from "../../components/code-options.js";
import { refusalMessage } from "../../components/refusal-message.js";

type DeclineReason = (typeof DECLINE_REASONS)[number];

/** The employer's no, recorded on their behalf: a reason is required, so the centre learns why candidates fail. */
export function DeclineModal({ referral, onClose, onDone }: { referral: Referral; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation("referrals");
  const move = useMoveReferral();
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const [note, setNote] = useState("");
  const [tried, setTried] = useState(false);

  const submit = () => {
    setTried(true);
    if (!reason) return;
    // The promise rather than mutate's callbacks: in a list filtered by stage the row leaves and this modal unmounts.
    move.mutateAsync({ referral, move: { to: "declined", reason, note: note.trim() || undefined } }).then(onDone, () => undefined);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t("decline.title", { name: referral.workerName, employer: referral.employerName })}
      centered
      size="lg"
      closeButtonProps={{ "aria-label": t("action.close", { ns: "common" }) }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack gap="md">
          <Text>{t("decline.explain", { name: referral.workerName, employer: referral.employerName, title: referral.offerTitle })}</Text>
          <Select
            label={t("decline.reason")}
            data={codeOptions(t, "declineReason", DECLINE_REASONS)}
            value={reason}
            onChange={(value) => setReason(value as DeclineReason | null)}
            error={tried && !reason ? t("reasonRequired", { ns: "errors" }) : undefined}
            required
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
          <Textarea
            label={t("decline.note")}
            maxLength={1000}
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {move.isError && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {refusalMessage(t, move.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" leftSection={<IconX size={18} aria-hidden />} onClick={onClose}>
              {t("action.cancel", { ns: "common" })}
            </Button>
            <Button type="submit" color="red" loading={move.isPending} leftSection={<IconCircleX size={18} aria-hidden />}>
              {t("decline.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
