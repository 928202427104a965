import { Button, PasswordInput, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { useState } from "react";
import { useTranslation } from "react-i18next";

interface PasswordStepProps {
  submitLabel: string;
  icon: ReactNode;
  color?: string;
  loading: boolean;
  error: string | null;
  onSubmit: (password: string) => void;
}

/** Changing how one signs in asks for the password again, so a session left open cannot do it. */
export function PasswordStep({ submitLabel, icon, color, loading, error, onSubmit }: PasswordStepProps) {
  const { t } = useTranslation("account");
  const [password, setPassword] = useState("");
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
      }}
    >
      <Stack gap="md" maw={420}>
        <PasswordInput
          label={t("twoFactor.password")}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={error}
          required
          visibilityToggleButtonProps={{ "aria-label": t("twoFactor.showPassword") }}
        />
        <Button type="submit" color={color} loading={loading} leftSection={icon} w="fit-content">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
