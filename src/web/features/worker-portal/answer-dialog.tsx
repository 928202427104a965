import { Alert, Button, Modal, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconArrowBack } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface AnswerDialogProps {
  opened: boolean;
  title: string;
  /** One plain sentence: what happens when the worker says yes here. */
  sentence: string;
  confirmLabel: string;
  confirmIcon: ReactNode;
  /** A "no" is grey, not red: saying no to a job is a normal choice, not a danger. */
  tone: "yes" | "no";
  loading: boolean;
  /** What went wrong, already in words, or null. */
  problem: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks once more, in one sentence, before an answer the worker cannot take back; "Back" has the focus. */
export function AnswerDialog({
  opened,
  title,
  sentence,
  confirmLabel,
  confirmIcon,
  tone,
  loading,
  problem,
  onConfirm,
  onCancel,
}: AnswerDialogProps) {
  const { t } = useTranslation("workerPortal");
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={title}
      centered
      size="sm"
      closeButtonProps={{ "aria-label": t("action.close", { ns: "common" }) }}
    >
      <Stack gap="lg">
        <Text fz="lg">{sentence}</Text>
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {problem}
          </Alert>
        )}
        <Stack gap="sm">
          <Button
            size="lg"
            fullWidth
            color={tone === "yes" ? "olive" : "dark"}
            leftSection={confirmIcon}
            loading={loading}
            onClick={onConfirm}
          >
            {confirmLabel}
          </Button>
          <Button
            size="lg"
            fullWidth
            variant="default"
            leftSection={<IconArrowBack size={22} aria-hidden className="mirror-in-rtl" />}
            onClick={onCancel}
            data-autofocus
          >
            {t("action.back")}
          </Button>
        </Stack>
      </Stack>
    </Modal>
  );
}
