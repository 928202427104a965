import { Alert, Group, Radio, Stack, Textarea } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconAlertCircle, IconUserX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DECLINE_REASONS } from "../../../../core/referrals/referral-stages.js";
import type { Referral } from "../../../api/referrals.js";
import { FormModal } from "../../../components/form-modal.js";
import { ModalForm } from "../../../components/modal-form.js";

type DeclineReason = (typeof DECLINE_REASONS)[number];

interface DeclineModalProps {
  candidate: Referral | null;
  saving: boolean;
  /** Why the last attempt was refused, if it was. */
  error: string | null;
  onCancel: () => void;
  onDecline: (reason: DeclineReason, note: string) => void;
}

/** Not taking a candidate always says why (a reason the centre can count), with an optional note. */
export function DeclineModal({ candidate, saving, error, onCancel, onDecline }: DeclineModalProps) {
  const { t } = useTranslation("employerPortal");
  const narrow = useMediaQuery("(max-width: 36em)");
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const [note, setNote] = useState("");
  const [tried, setTried] = useState(false);
  const close = () => {
    setReason(null);
    setNote("");
    setTried(false);
    onCancel();
  };
  return (
    <FormModal
      opened={candidate !== null}
      onClose={close}
      title={candidate ? t("decline.title", { name: candidate.workerName }) : ""}
      fullScreen={narrow}
    >
      <ModalForm
        onSubmit={() => {
          setTried(true);
          if (reason) onDecline(reason, note.trim());
        }}
        noValidate
        onCancel={close}
        submitLabel={t("decline.submit")}
        submitIcon={<IconUserX size={20} aria-hidden />}
        submitColor="red"
        saving={saving}
        large
        grow={narrow}
      >
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {error}
          </Alert>
        )}
        <Radio.Group
          label={t("decline.reason")}
          description={t("decline.reasonHint")}
          value={reason}
          onChange={(value) => setReason(value as DeclineReason)}
          error={tried && !reason ? t("reasonRequired", { ns: "errors" }) : undefined}
          required
        >
          <Stack gap="xs" mt="xs">
            {DECLINE_REASONS.map((value) => (
              <Radio.Card key={value} value={value} p="md" radius="md">
                <Group wrap="nowrap" gap="sm">
                  <Radio.Indicator />
                  <span>{t(`declineReason.${value}`, { ns: "codes" })}</span>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t("decline.note")}
          description={t("decline.noteHint")}
          maxLength={1000}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
      </ModalForm>
    </FormModal>
  );
}
