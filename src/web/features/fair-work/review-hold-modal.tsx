import { Alert, Text, Textarea } from "@mantine/core";
import { IconAlertTriangle, IconShieldCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type FairWorkView, useReviewHold } from "../../api/fair-work.js";
import { FormModal } from "../../components/form-modal.js";
import { ModalForm } from "../../components/modal-form.js";
import { refusalMessage } from "../../components/refusal-message.js";

type Hold = FairWorkView["holds"][number];

/** The coordinator lifts a grievance's matching hold, writing down what was checked: the note stays with the case. */
export function ReviewHoldModal({ employerId, hold, onClose }: { employerId: string; hold: Hold; onClose: () => void }) {
  const { t } = useTranslation("fairWork");
  const review = useReviewHold(employerId);
  const [note, setNote] = useState("");
  const [tried, setTried] = useState(false);
  const missing = note.trim().length === 0;

  const submit = () => {
    setTried(true);
    if (missing || !hold.grievanceId) return;
    review.mutateAsync({ grievanceId: hold.grievanceId, note: note.trim() }).then(onClose, () => undefined);
  };

  return (
    <FormModal opened onClose={onClose} title={t("review.title", { reference: hold.reference ?? "" })} size="md">
      <ModalForm
        onSubmit={submit}
        noValidate
        onCancel={onClose}
        submitLabel={t("review.save")}
        submitIcon={<IconShieldCheck size={18} aria-hidden />}
        saving={review.isPending}
      >
        <Text>{t("review.explain")}</Text>
        <Textarea
          label={t("review.note")}
          description={t("review.noteHint")}
          maxLength={2000}
          autosize
          minRows={3}
          required
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={tried && missing ? t("required", { ns: "errors" }) : undefined}
          data-autofocus
        />
        {review.isError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {refusalMessage(t, review.error)}
          </Alert>
        )}
      </ModalForm>
    </FormModal>
  );
}
