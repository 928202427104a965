import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useInterval } from "@mantine/hooks";
import { IconDeviceMobileMessage, IconInfoCircle, IconPencil, IconRefresh } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { phoneNumber as phoneNumberSchema } from "../../../core/shared/primitives.js";
import { useSendPhoneCode, useVerifyPhoneCode } from "../../api/auth.js";
import { authErrorMessage } from "./auth-error-key.js";
import { CodeEntry } from "./code-entry.js";

const RESEND_AFTER_SECONDS = 30;

/** "+30 694 123 4567", "0030694…" → "+306941234567": people write numbers the way they were given them. */
export function normalisePhone(raw: string): string {
  const compact = raw.replace(/[\s\-().]/g, "");
  return compact.startsWith("00") ? `+${compact.slice(2)}` : compact;
}

/** Workers sign in with their phone: the number, then the code sent to it. Big, one step per screen. */
export function PhoneSignIn({ onSignedIn }: { onSignedIn: () => Promise<boolean> }) {
  const { t } = useTranslation("auth");
  const [phone, setPhone] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [wait, setWait] = useState(0);
  const sendCode = useSendPhoneCode();
  const verify = useVerifyPhoneCode();
  const countdown = useInterval(() => setWait((seconds) => Math.max(0, seconds - 1)), 1000);
  useEffect(() => (wait === 0 ? countdown.stop() : undefined), [wait, countdown]);

  const send = (to: string) =>
    sendCode.mutate(to, {
      onSuccess: () => {
        setSentTo(to);
        setWait(RESEND_AFTER_SECONDS);
        countdown.start();
      },
      onError: (error) => setPhoneError(authErrorMessage(error, t)),
    });

  if (!sentTo) {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const normalised = normalisePhone(phone);
          if (!phoneNumberSchema.safeParse(normalised).success) {
            setPhoneError(t("phoneFormat", { ns: "errors" }));
            return;
          }
          setPhoneError(null);
          send(normalised);
        }}
      >
        <Stack gap="lg">
          <TextInput
            label={t("phone.label")}
            description={t("phone.hint")}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            size="xl"
            dir="ltr"
            value={phone}
            onChange={(event) => setPhone(event.currentTarget.value)}
            error={phoneError}
            autoFocus
            required
          />
          <Button
            type="submit"
            size="xl"
            fullWidth
            loading={sendCode.isPending}
            leftSection={<IconDeviceMobileMessage size={24} aria-hidden />}
          >
            {t("phone.sendCode")}
          </Button>
        </Stack>
      </form>
    );
  }

  return (
    <Stack gap="lg">
      <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
        <Text size="lg">
          {t("phone.codeSent")}{" "}
          <Text span fw={700} className="ltr-text">
            {sentTo}
          </Text>
        </Text>
      </Alert>
      <CodeEntry
        label={t("phone.codeLabel")}
        error={verify.error ? authErrorMessage(verify.error, t) : null}
        loading={verify.isPending}
        onSubmit={(code) => verify.mutate({ phoneNumber: sentTo, code }, { onSuccess: () => void onSignedIn() })}
      />
      <Group justify="space-between" gap="sm">
        <Anchor component="button" type="button" onClick={() => setSentTo(null)} size="md">
          <Group gap={6} component="span">
            <IconPencil size={18} aria-hidden />
            {t("phone.changeNumber")}
          </Group>
        </Anchor>
        <Button
          variant="subtle"
          leftSection={<IconRefresh size={18} aria-hidden />}
          disabled={wait > 0}
          loading={sendCode.isPending}
          onClick={() => send(sentTo)}
        >
          {wait > 0 ? t("phone.resendIn", { count: wait }) : t("phone.resend")}
        </Button>
      </Group>
    </Stack>
  );
}
