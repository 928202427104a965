import { Alert, FileInput, Select, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCheck, IconPaperclip, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  ACCEPTED_MEDIA_TYPES,
  ATTACHMENT_KINDS,
  type AttachmentKind,
  MAX_ATTACHMENT_BYTES,
} from "../../../core/attachments/attachment-schemas.js";
import { useUploadAttachment } from "../../api/attachments.js";
import { FormModal } from "../../components/form-modal.js";
import { ModalForm } from "../../components/modal-form.js";
import { formatFileSize } from "./file-size.js";
import { uploadProblemKey } from "./upload-problem.js";

interface UploadDocumentModalProps {
  workerId: string;
  opened: boolean;
  onClose: () => void;
}

/** Adds one document: its kind and the file. A file over the limit is refused here already, before it is sent. */
export function UploadDocumentModal({ workerId, opened, onClose }: UploadDocumentModalProps) {
  const { t, i18n } = useTranslation("attachments");
  const upload = useUploadAttachment(workerId);
  const [kind, setKind] = useState<AttachmentKind | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const max = formatFileSize(MAX_ATTACHMENT_BYTES, i18n.language);

  const close = () => {
    setKind(null);
    setFile(null);
    setProblem(null);
    upload.reset();
    onClose();
  };

  const submit = () => {
    const local = uploadProblemKey({ kind, file });
    setProblem(local);
    if (local || !kind || !file) return;
    upload.mutate(
      { kind, file },
      {
        onSuccess: () => {
          notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("uploaded") });
          close();
        },
        onError: (error) => setProblem(uploadProblemKey({ kind, file, error })),
      },
    );
  };

  return (
    <FormModal opened={opened} onClose={close} title={t("uploadTitle")} size="md">
      <ModalForm
        onSubmit={submit}
        noValidate
        onCancel={close}
        submitLabel={t("uploadSubmit")}
        submitIcon={<IconUpload size={18} aria-hidden />}
        saving={upload.isPending}
      >
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {t(problem, { max })}
          </Alert>
        )}
        <Select
          label={t("kind")}
          data={ATTACHMENT_KINDS.map((value) => ({ value, label: t(`kindLabel.${value}`) }))}
          value={kind}
          onChange={(value) => setKind(value as AttachmentKind | null)}
          required
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <FileInput
          label={t("file")}
          placeholder={t("filePlaceholder")}
          description={t("fileHint", { max })}
          accept={ACCEPTED_MEDIA_TYPES.join(",")}
          leftSection={<IconPaperclip size={18} aria-hidden />}
          value={file}
          onChange={setFile}
          clearable
          required
          disabled={upload.isPending}
        />
        {upload.isPending && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("uploading")}
          </Text>
        )}
      </ModalForm>
    </FormModal>
  );
}
