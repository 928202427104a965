import { Button, type ButtonProps, Group, Stack } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface ModalFormProps {
  /** Called on submit; the browser's own submission is already prevented. */
  onSubmit: () => void;
  /** The form checks its fields itself instead of the browser's bubbles. */
  noValidate?: boolean;
  onCancel: () => void;
  submitLabel: string;
  submitIcon: ReactNode;
  submitColor?: ButtonProps["color"];
  submitDisabled?: boolean;
  saving: boolean;
  /** Big buttons, as the portals use for thumbs. */
  large?: boolean;
  /** The buttons share the row's width (on a phone). */
  grow?: boolean;
  children: ReactNode;
}

/** The form of a dialog: its fields, then "Cancel" and the action that saves. */
export function ModalForm({
  onSubmit,
  noValidate,
  onCancel,
  submitLabel,
  submitIcon,
  submitColor,
  submitDisabled,
  saving,
  large = false,
  grow,
  children,
}: ModalFormProps) {
  const { t } = useTranslation();
  const size = large ? "lg" : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate={noValidate}
    >
      <Stack gap="md">
        {children}
        <Group justify="flex-end" gap="sm" grow={grow}>
          <Button variant="default" size={size} leftSection={<IconX size={large ? 20 : 18} aria-hidden />} onClick={onCancel}>
            {t("action.cancel")}
          </Button>
          <Button type="submit" color={submitColor} size={size} loading={saving} disabled={submitDisabled} leftSection={submitIcon}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
