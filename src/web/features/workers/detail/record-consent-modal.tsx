import { SegmentedControl, Select, Textarea } from "@mantine/core";
import { IconCircleX, IconDeviceFloppy } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CONSENT_PURPOSES, type ConsentPurpose } from "../../../../core/reference/codes.js";
import type { ConsentInput } from "../../../api/workers.js";
import { codeOptions } from "../../../components/code-options.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { FormModal } from "../../../components/form-modal.js";
import { ModalForm } from "../../../components/modal-form.js";

const METHODS = ["in_person", "phone", "portal"] as const;
type Method = (typeof METHODS)[number];

interface RecordConsentModalProps {
  opened: boolean;
  /** Pre-chosen when opened from a purpose's row. */
  purpose: ConsentPurpose | null;
  granted: boolean;
  saving: boolean;
  onClose: () => void;
  onSave: (input: ConsentInput) => void;
}

/**
 * Records that the worker gave or withdrew a consent, how, and a note. Records are never changed afterwards, so a
 * withdrawal is confirmed once more before it is saved.
 */
export function RecordConsentModal({
  opened,
  purpose: initialPurpose,
  granted: initialGranted,
  saving,
  onClose,
  onSave,
}: RecordConsentModalProps) {
  const { t } = useTranslation("workers");
  const [purpose, setPurpose] = useState<ConsentPurpose | null>(initialPurpose);
  const [granted, setGranted] = useState(initialGranted);
  const [method, setMethod] = useState<Method>("in_person");
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);
  const save = () => purpose && onSave({ purpose, granted, method, note: note.trim() || undefined });

  return (
    <FormModal opened={opened} onClose={onClose} title={t("consents.recordTitle")}>
      <ModalForm
        onSubmit={() => {
          if (!purpose) return;
          if (granted) save();
          else setConfirming(true);
        }}
        onCancel={onClose}
        submitLabel={granted ? t("consents.saveGiven") : t("consents.saveWithdrawn")}
        submitIcon={granted ? <IconDeviceFloppy size={18} aria-hidden /> : <IconCircleX size={18} aria-hidden />}
        submitColor={granted ? undefined : "red"}
        submitDisabled={!purpose}
        saving={saving}
      >
        <Select
          label={t("consents.purpose")}
          data={codeOptions(t, "consentPurpose", CONSENT_PURPOSES)}
          value={purpose}
          onChange={(value) => setPurpose(value as ConsentPurpose | null)}
          required
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <SegmentedControl
          fullWidth
          value={granted ? "granted" : "withdrawn"}
          onChange={(value) => setGranted(value === "granted")}
          aria-label={t("consents.decision")}
          data={[
            { value: "granted", label: t("consents.gives") },
            { value: "withdrawn", label: t("consents.withdraws") },
          ]}
        />
        <Select
          label={t("consents.method")}
          data={codeOptions(t, "consentMethod", METHODS)}
          value={method}
          onChange={(value) => value && setMethod(value as Method)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea
          label={t("consents.note")}
          description={t("consents.noteHint")}
          maxLength={500}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
      </ModalForm>
      <ConfirmDialog
        opened={confirming}
        title={t("consents.confirmWithdrawTitle")}
        message={t("consents.confirmWithdrawMessage", { purpose: purpose ? t(`consentPurpose.${purpose}`, { ns: "codes" }) : "" })}
        confirmLabel={t("consents.saveWithdrawn")}
        confirmIcon={<IconCircleX size={18} aria-hidden />}
        destructive
        loading={saving}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          save();
        }}
      />
    </FormModal>
  );
}
