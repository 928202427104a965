import { Alert, Button, Checkbox, CopyButton, Group, Modal, Paper, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconCopy } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EmployerAccountCreated } from "../../../api/employers.js";

function CopyValue({ label, value, large = false }: { label: string; value: string; large?: boolean }) {
  const { t } = useTranslation("employers");
  return (
    <Paper p="md" bg="gray.0">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          <Text
            ff="monospace"
            fz={large ? 24 : "md"}
            fw={large ? 700 : 500}
            className="ltr-text"
            style={{ overflowWrap: "anywhere", letterSpacing: large ? "0.05em" : undefined }}
          >
            {value}
          </Text>
        </Stack>
        <CopyButton value={value} timeout={3000}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? "filled" : "light"}
              onClick={copy}
              leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
              aria-label={copied ? t("account.copied") : t("account.copyLabel", { what: label })}
            >
              {copied ? t("account.copied") : t("account.copy")}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Paper>
  );
}

interface TemporaryPasswordModalProps {
  account: EmployerAccountCreated | null;
  contactName: string;
  onClose: () => void;
}

/**
 * The one moment the temporary password exists outside the server: it cannot be shown again, so the dialog is
 * closed only on purpose (no click outside, no Escape), after saying it was noted.
 */
export function TemporaryPasswordModal({ account, contactName, onClose }: TemporaryPasswordModalProps) {
  const { t } = useTranslation("employers");
  const [noted, setNoted] = useState(false);
  const close = () => {
    setNoted(false);
    onClose();
  };
  return (
    <Modal
      opened={account !== null}
      onClose={close}
      title={t("account.createdTitle")}
      size="lg"
      centered
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
    >
      {account && (
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t("account.onceTitle")}>
            {t("account.onceMessage")}
          </Alert>
          <CopyValue label={t("account.email")} value={account.email} />
          <CopyValue label={t("account.temporaryPassword")} value={account.temporaryPassword} large />
          <Text size="sm">{t("account.handOver", { name: contactName })}</Text>
          <Checkbox label={t("account.noted")} checked={noted} onChange={(event) => setNoted(event.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button onClick={close} disabled={!noted} leftSection={<IconCheck size={18} aria-hidden />}>
              {t("account.done")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
