import { Alert, Select, Text, Textarea } from "@mantine/core";
import { IconAlertTriangle, IconCircleX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DECLINE_REASONS } from "../../../core/referrals/referral-stages.js";
import { type Referral, useMoveReferral } from "../../api/referrals.js";
import { codeOptions } from "../../components/code-options.js";
import { FormModal } from "../../components/form-modal.js";
import { ModalForm } from "../../components/modal-form.js";
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
    <FormModal opened onClose={onClose} title={t("decline.title", { name: referral.workerName, employer: referral.employerName })}>
      <ModalForm
        onSubmit={submit}
        noValidate
        onCancel={onClose}
        submitLabel={t("decline.save")}
        submitIcon={<IconCircleX size={18} aria-hidden />}
        submitColor="red"
        saving={move.isPending}
      >
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
      </ModalForm>
    </FormModal>
  );
}
