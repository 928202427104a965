import { ActionIcon, Button, Group, Table, Text, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconExternalLink, IconFileOff, IconTrash, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import type { Attachment } from "../../../core/attachments/attachment-schemas.js";
import { errorMessageKey } from "../../api/api-error.js";
import { useAttachmentLink, useDeleteAttachment, useWorkerAttachments } from "../../api/attachments.js";
import { actorOf, useMe } from "../../api/me.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { DateText } from "../../components/date-text.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { SectionCard } from "../../components/section-card.js";
import { formatFileSize } from "./file-size.js";
import { UploadDocumentModal } from "./upload-document-modal.js";

/** The documents of a worker's file: listed without their contents, opened through a link that expires in minutes. */
export function WorkerDocuments({ workerId }: { workerId: string }) {
  const { t, i18n } = useTranslation("attachments");
  const me = useMe();
  const documents = useWorkerAttachments(workerId);
  const link = useAttachmentLink();
  const remove = useDeleteAttachment(workerId);
  const [uploading, setUploading] = useState(false);
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const actor = me.data ? actorOf(me.data) : null;
  const mayUpload = actor !== null && mayEver(actor, "attachment.upload");
  const mayDelete = actor !== null && mayEver(actor, "attachment.delete");
  const showError = (error: unknown) => notifications.show({ color: "red", message: t(errorMessageKey(error), { ns: "errors" }) });

  // A fresh link per opening; the file downloads (Content-Disposition: attachment), so the page stays where it is.
  const open = (attachment: Attachment) =>
    link.mutate(attachment.id, { onSuccess: ({ url }) => window.location.assign(url), onError: showError });

  const confirmDelete = (attachment: Attachment) =>
    remove.mutate(attachment.id, {
      onSuccess: () => {
        setDeleting(null);
        notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("deleted") });
      },
      onError: showError,
    });

  return (
    <SectionCard
      title={t("title")}
      description={t("description")}
      actions={
        mayUpload && (
          <Button leftSection={<IconUpload size={18} aria-hidden />} onClick={() => setUploading(true)}>
            {t("upload")}
          </Button>
        )
      }
    >
      {documents.isPending ? (
        <PageLoading rows={3} />
      ) : documents.isError ? (
        <PageError error={documents.error} onRetry={() => void documents.refetch()} />
      ) : documents.data.length === 0 ? (
        <EmptyState icon={<IconFileOff size={32} aria-hidden />} title={t("emptyTitle")} description={t("emptyHint")} />
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="sm" aria-label={t("title")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("column.kind")}</Table.Th>
                <Table.Th>{t("column.name")}</Table.Th>
                <Table.Th>{t("column.size")}</Table.Th>
                <Table.Th>{t("column.added")}</Table.Th>
                <Table.Th ta="end">{t("column.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.data.map((attachment) => (
                <Table.Tr key={attachment.id}>
                  <Table.Td>{t(`kindLabel.${attachment.kind}`)}</Table.Td>
                  <Table.Td>
                    {/* dir="auto": a name in Arabic script reads right to left whatever the page's language. */}
                    <Text size="sm" dir="auto" style={{ wordBreak: "break-word" }}>
                      {attachment.fileName}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatFileSize(attachment.size, i18n.language)}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <DateText value={attachment.createdAt} format="ll" />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        variant="subtle"
                        leftSection={<IconExternalLink size={18} aria-hidden />}
                        aria-label={t("openLabel", { name: attachment.fileName })}
                        loading={link.isPending && link.variables === attachment.id}
                        onClick={() => open(attachment)}
                      >
                        {t("open")}
                      </Button>
                      {mayDelete && (
                        <Tooltip label={t("delete")}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            size="lg"
                            aria-label={t("deleteLabel", { name: attachment.fileName })}
                            onClick={() => setDeleting(attachment)}
                          >
                            <IconTrash size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <UploadDocumentModal workerId={workerId} opened={uploading} onClose={() => setUploading(false)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t("confirmDeleteTitle")}
        message={t("confirmDeleteMessage", { name: deleting?.fileName ?? "" })}
        confirmLabel={t("delete")}
        confirmIcon={<IconTrash size={18} aria-hidden />}
        destructive
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && confirmDelete(deleting)}
      />
    </SectionCard>
  );
}
