import { Alert, Button, Code, Group, List, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconAlertCircle, IconShieldCheck } from "@tabler/icons-react";
import { QRCodeSVG } from "qrcode.react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TwoFactorSetup as Setup, useConfirmTwoFactor } from "../../api/two-factor.js";
import { accountErrorMessage } from "../../components/account/account-error.js";

/** Step two: scan the code (or type the key), keep the spare codes, and prove it works with one code. */
export function TwoFactorSetup({ setup, onDone }: { setup: Setup; onDone: () => void }) {
  const { t } = useTranslation("account");
  const confirm = useConfirmTwoFactor();
  const [code, setCode] = useState("");
  const secret = new URL(setup.totpURI).searchParams.get("secret") ?? "";
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("twoFactor.scanTitle")}
        </Title>
        <Text>{t("twoFactor.scanHint")}</Text>
        <Group align="flex-start" gap="xl">
          <div style={{ background: "white", padding: 12, border: "1px solid var(--mantine-color-gray-3)", borderRadius: 8 }}>
            <QRCodeSVG value={setup.totpURI} size={176} title={t("twoFactor.qrTitle")} />
          </div>
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t("twoFactor.manualKey")}
            </Text>
            <Code dir="ltr" fz="md">
              {secret}
            </Code>
          </Stack>
        </Group>
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("twoFactor.backupTitle")}
        </Title>
        <Text>{t("twoFactor.backupHint")}</Text>
        <List dir="ltr" spacing={2} ff="monospace" listStyleType="none">
          {setup.backupCodes.map((backup) => (
            <List.Item key={backup}>{backup}</List.Item>
          ))}
        </List>
      </Stack>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          confirm.mutate(code.trim(), { onSuccess: onDone });
        }}
      >
        <Stack gap="md" maw={420}>
          {confirm.error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              {accountErrorMessage(confirm.error, t, "twoFactor.wrongCode")}
            </Alert>
          )}
          <TextInput
            label={t("twoFactor.codeLabel")}
            inputMode="numeric"
            autoComplete="one-time-code"
            dir="ltr"
            maxLength={6}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, ""))}
            required
          />
          <Button type="submit" loading={confirm.isPending} leftSection={<IconShieldCheck size={20} aria-hidden />} w="fit-content">
            {t("twoFactor.confirm")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
