import { Alert, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { IconShieldCheck, IconShieldOff } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/me.js";
import { type TwoFactorSetup as Setup, useStartTwoFactor, useTurnOffTwoFactor } from "../../api/two-factor.js";
import { accountErrorMessage } from "../../components/account/account-error.js";
import { PageHeader } from "../../components/page-header.js";
import { PageLoading } from "../../components/page-states.js";
import { PasswordStep } from "./password-step.js";
import { TwoFactorSetup } from "./two-factor-setup.js";

/** Two-step sign-in for staff: a code from an authenticator app after the password. Optional, and strongly advised. */
export function TwoFactorPage() {
  const { t } = useTranslation("account");
  const me = useMe();
  const start = useStartTwoFactor();
  const turnOff = useTurnOffTwoFactor();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [justTurnedOn, setJustTurnedOn] = useState(false);
  if (!me.data) return <PageLoading />;
  const enabled = me.data.twoFactorEnabled;

  return (
    <Stack gap="lg">
      <PageHeader title={t("twoFactor.title")} description={t("twoFactor.description")} />
      <Paper withBorder p="lg">
        <Stack gap="md">
          <Group gap="sm">
            <Text fw={600}>{t("twoFactor.status")}</Text>
            <Badge color={enabled ? "olive" : "gray"} variant="light" size="lg">
              {enabled ? t("twoFactor.on") : t("twoFactor.off")}
            </Badge>
          </Group>
          {justTurnedOn && enabled && (
            <Alert color="olive" variant="light" icon={<IconShieldCheck aria-hidden />}>
              {t("twoFactor.turnedOn")}
            </Alert>
          )}
          {enabled ? (
            <PasswordStep
              submitLabel={t("twoFactor.turnOff")}
              icon={<IconShieldOff size={20} aria-hidden />}
              color="red"
              loading={turnOff.isPending}
              error={turnOff.error ? accountErrorMessage(turnOff.error, t, "twoFactor.wrongPassword") : null}
              onSubmit={(password) => turnOff.mutate(password, { onSuccess: () => setJustTurnedOn(false) })}
            />
          ) : setup ? (
            <TwoFactorSetup
              setup={setup}
              onDone={() => {
                setSetup(null);
                setJustTurnedOn(true);
              }}
            />
          ) : (
            <PasswordStep
              submitLabel={t("twoFactor.turnOn")}
              icon={<IconShieldCheck size={20} aria-hidden />}
              loading={start.isPending}
              error={start.error ? accountErrorMessage(start.error, t, "twoFactor.wrongPassword") : null}
              onSubmit={(password) => start.mutate(password, { onSuccess: setSetup })}
            />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
