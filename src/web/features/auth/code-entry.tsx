import { Button, Input, PinInput, Stack } from "@mantine/core";
import { IconLogin } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";

interface CodeEntryProps {
  label: string;
  description?: string;
  error?: string | null;
  loading: boolean;
  onSubmit: (code: string) => void;
}

/**
 * Six boxes for a one-time code: the numeric keypad opens on phones, SMS codes can be filled in automatically,
 * and the code is sent as soon as the sixth digit is typed.
 */
export function CodeEntry({ label, description, error, loading, onSubmit }: CodeEntryProps) {
  const { t } = useTranslation("auth");
  const [code, setCode] = useState("");
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (code.length === 6) onSubmit(code);
      }}
    >
      <Stack gap="lg">
        <Input.Wrapper label={label} description={description} error={error} size="lg" id="one-time-code">
          {/* Digits are always written left to right, also in Arabic. */}
          <div dir="ltr" style={{ marginTop: 8 }}>
            <PinInput
              length={6}
              type="number"
              inputMode="numeric"
              oneTimeCode
              autoFocus
              size="xl"
              gap="xs"
              value={code}
              onChange={setCode}
              onComplete={onSubmit}
              error={!!error}
              aria-label={label}
              getInputProps={(index) => ({ "aria-label": t("code.digit", { index: index + 1 }) })}
            />
          </div>
        </Input.Wrapper>
        <Button
          type="submit"
          size="lg"
          fullWidth
          loading={loading}
          disabled={code.length !== 6}
          leftSection={<IconLogin size={22} aria-hidden />}
        >
          {t("action.signIn")}
        </Button>
      </Stack>
    </form>
  );
}
