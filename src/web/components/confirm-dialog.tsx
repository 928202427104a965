import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconX } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** The icon of the confirming action; a warning sign by default. */
  confirmIcon?: ReactNode;
  /** Destructive actions are red and the safe choice (cancel) has the focus. */
  destructive?: boolean;
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before anything that cannot be undone; Escape or a click outside cancels. */
export function ConfirmDialog({
  opened,
  title,
  message,
  confirmLabel,
  confirmIcon,
  destructive = false,
  loading = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered closeButtonProps={{ "aria-label": t("action.close") }}>
      <Stack gap="lg">
        <Text>{message}</Text>
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            onClick={onCancel}
            leftSection={<IconX size={18} aria-hidden />}
            data-autofocus={destructive || undefined}
          >
            {t("action.cancel")}
          </Button>
          <Button
            color={destructive ? "red" : undefined}
            onClick={onConfirm}
            loading={loading}
            leftSection={confirmIcon ?? <IconAlertTriangle size={18} aria-hidden />}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
