import { Alert, Badge, Button, FileInput, Group, Select, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconAlertCircle,
  IconCircleCheck,
  IconCircleDashed,
  IconExternalLink,
  IconFileOff,
  IconPaperclip,
  IconUpload,
} from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ACCEPTED_MEDIA_TYPES, MAX_ATTACHMENT_BYTES } from "../../../core/attachments/attachment-schemas.js";
import { EMPLOYER_DOCUMENT_KINDS, type EmployerDocumentKind } from "../../../core/vetting/vetting-codes.js";
import type { EmployerDocument, VettingFile } from "../../../core/vetting/vetting-schemas.js";
import { errorMessageKey, isApiError } from "../../api/api-error.js";
import { useEmployerDocumentLink, useUploadEmployerDocument, useVerifyEmployerDocument } from "../../api/vetting.js";
import { DateText } from "../date-text.js";
import { FormModal } from "../form-modal.js";
import { ModalForm } from "../modal-form.js";
import { EmptyState } from "../page-states.js";
import { SectionCard } from "../section-card.js";

interface VettingDocumentsProps {
  employerId: string;
  file: VettingFile;
  mayUpload: boolean;
  /** The centre verifies documents against the originals. */
  mayVerify: boolean;
}

/** The documents of the vetting file: listed without contents, opened through a link that expires in minutes. */
export function VettingDocuments({ employerId, file, mayUpload, mayVerify }: VettingDocumentsProps) {
  const { t } = useTranslation("vetting");
  const link = useEmployerDocumentLink();
  const verify = useVerifyEmployerDocument(employerId);
  const [uploading, setUploading] = useState(false);
  const showError = (error: unknown) => notifications.show({ color: "red", message: t(errorMessageKey(error), { ns: "errors" }) });
  // A fresh link per opening; the file downloads (Content-Disposition: attachment), so the page stays where it is.
  const open = (document: EmployerDocument) =>
    link.mutate(document.id, { onSuccess: ({ url }) => window.location.assign(url), onError: showError });

  return (
    <SectionCard
      title={t("documents.title")}
      description={t("documents.description")}
      actions={
        mayUpload && (
          <Button size="md" leftSection={<IconUpload size={18} aria-hidden />} onClick={() => setUploading(true)}>
            {t("documents.upload")}
          </Button>
        )
      }
    >
      {file.documents.length === 0 ? (
        <EmptyState icon={<IconFileOff size={32} aria-hidden />} title={t("documents.emptyTitle")} description={t("documents.emptyHint")} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" aria-label={t("documents.title")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("documents.column.kind")}</Table.Th>
                <Table.Th>{t("documents.column.name")}</Table.Th>
                <Table.Th>{t("documents.column.added")}</Table.Th>
                <Table.Th>{t("documents.column.check")}</Table.Th>
                <Table.Th ta="end">{t("documents.column.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.documents.map((document) => (
                <Table.Tr key={document.id}>
                  <Table.Td>{t(`documentKind.${document.kind}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" dir="auto" style={{ wordBreak: "break-word" }}>
                      {document.fileName}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <DateText value={document.createdAt} format="ll" />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={document.verified ? "olive" : "gray"} variant="light" tt="none">
                      {document.verified ? t("documents.verified") : t("documents.notVerified")}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        variant="subtle"
                        mih={44}
                        leftSection={<IconExternalLink size={18} aria-hidden />}
                        aria-label={t("documents.openLabel", { name: document.fileName })}
                        loading={link.isPending && link.variables === document.id}
                        onClick={() => open(document)}
                      >
                        {t("documents.open")}
                      </Button>
                      {mayVerify && (
                        <Button
                          variant={document.verified ? "default" : "light"}
                          mih={44}
                          leftSection={
                            document.verified ? <IconCircleDashed size={18} aria-hidden /> : <IconCircleCheck size={18} aria-hidden />
                          }
                          loading={verify.isPending && verify.variables?.id === document.id}
                          onClick={() => verify.mutate({ id: document.id, verified: !document.verified }, { onError: showError })}
                        >
                          {document.verified ? t("documents.unverify") : t("documents.verify")}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <UploadModal employerId={employerId} opened={uploading} onClose={() => setUploading(false)} />
    </SectionCard>
  );
}

/** Why an upload cannot go ahead, as a key of the "vetting" namespace (or of "errors" for anything else). */
function uploadProblem(kind: string | null, file: File | null, error?: unknown): string | null {
  if (!kind) return "documents.error.kindRequired";
  if (!file) return "documents.error.fileRequired";
  if (file.size > MAX_ATTACHMENT_BYTES) return "documents.error.tooLarge";
  if (error === undefined) return null;
  if (isApiError(error) && error.code === "payload_too_large") return "documents.error.tooLarge";
  if (isApiError(error) && error.code === "unsupported_media_type") return "documents.error.unsupported";
  return `errors:${errorMessageKey(error)}`;
}

function UploadModal({ employerId, opened, onClose }: { employerId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation("vetting");
  const upload = useUploadEmployerDocument(employerId);
  const [kind, setKind] = useState<EmployerDocumentKind | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const max = `${MAX_ATTACHMENT_BYTES / 1_000_000}`;

  const close = () => {
    setKind(null);
    setFile(null);
    setProblem(null);
    upload.reset();
    onClose();
  };

  const submit = () => {
    const local = uploadProblem(kind, file);
    setProblem(local);
    if (local || !kind || !file) return;
    upload.mutate(
      { kind, file },
      {
        onSuccess: () => {
          notifications.show({ color: "olive", message: t("documents.uploaded") });
          close();
        },
        onError: (error) => setProblem(uploadProblem(kind, file, error)),
      },
    );
  };

  return (
    <FormModal opened={opened} onClose={close} title={t("documents.uploadTitle")} size="md">
      <ModalForm
        onSubmit={submit}
        noValidate
        onCancel={close}
        submitLabel={t("documents.uploadSubmit")}
        submitIcon={<IconUpload size={18} aria-hidden />}
        saving={upload.isPending}
        large
      >
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {t(problem, { max })}
          </Alert>
        )}
        <Select
          label={t("documents.kind")}
          data={EMPLOYER_DOCUMENT_KINDS.map((value) => ({ value, label: t(`documentKind.${value}`) }))}
          value={kind}
          onChange={(value) => setKind(value as EmployerDocumentKind | null)}
          required
          size="md"
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <FileInput
          label={t("documents.file")}
          description={t("documents.fileHint", { max })}
          accept={ACCEPTED_MEDIA_TYPES.join(",")}
          leftSection={<IconPaperclip size={18} aria-hidden />}
          value={file}
          onChange={setFile}
          size="md"
          clearable
          required
          disabled={upload.isPending}
        />
      </ModalForm>
    </FormModal>
  );
}
