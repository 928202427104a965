import { Button, Group } from "@mantine/core";
import { IconDeviceFloppy, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** Cancel and save, kept in view at the bottom of a long form. */
export function FormActionsBar({ submitLabel, saving, onCancel }: { submitLabel: string; saving: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group
      justify="flex-end"
      gap="sm"
      pos="sticky"
      bottom={0}
      py="md"
      bg="gray.0"
      style={{ zIndex: 2, borderBlockStart: "1px solid var(--mantine-color-gray-3)" }}
    >
      <Button variant="default" leftSection={<IconX size={18} aria-hidden />} onClick={onCancel}>
        {t("action.cancel")}
      </Button>
      <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={20} aria-hidden />}>
        {submitLabel}
      </Button>
    </Group>
  );
}
