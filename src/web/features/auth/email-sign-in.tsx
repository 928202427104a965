import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { IconAlertCircle, IconLogin, IconShieldLock } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useEmailSignIn, useVerifyTotp } from "../../api/auth.js";
import { authErrorMessage } from "./auth-error-key.js";
import { CodeEntry } from "./code-entry.js";

/** Staff and employers: e-mail and password, then the authenticator code when two-factor sign-in is on. */
export function EmailSignIn({ onSignedIn }: { onSignedIn: () => Promise<boolean> }) {
  const { t } = useTranslation("auth");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [needsTotp, setNeedsTotp] = useState(false);
  const signIn = useEmailSignIn();
  const verifyTotp = useVerifyTotp();

  if (needsTotp) {
    return (
      <Stack gap="lg">
        <Alert variant="light" icon={<IconShieldLock aria-hidden />} title={t("totp.title")}>
          {t("totp.explanation")}
        </Alert>
        <CodeEntry
          label={t("totp.label")}
          error={verifyTotp.error ? authErrorMessage(verifyTotp.error, t) : null}
          loading={verifyTotp.isPending}
          onSubmit={(code) => verifyTotp.mutate(code, { onSuccess: () => void onSignedIn() })}
        />
      </Stack>
    );
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        signIn.mutate(
          { email: email.trim(), password },
          { onSuccess: (answer) => (answer?.twoFactorRedirect ? setNeedsTotp(true) : void onSignedIn()) },
        );
      }}
    >
      <Stack gap="md">
        {signIn.error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {authErrorMessage(signIn.error, t)}
          </Alert>
        )}
        <TextInput
          label={t("email.label")}
          type="email"
          autoComplete="username"
          dir="ltr"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          required
          autoFocus
        />
        <PasswordInput
          label={t("password.label")}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          required
          visibilityToggleButtonProps={{ "aria-label": t("password.toggle") }}
        />
        <Button type="submit" size="lg" fullWidth loading={signIn.isPending} leftSection={<IconLogin size={22} aria-hidden />} mt="sm">
          {t("action.signIn")}
        </Button>
      </Stack>
    </form>
  );
}
