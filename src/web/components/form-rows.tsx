import { ActionIcon, Button, Group, Tooltip } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";

/** "Add a language", "Add a site"…: the one way to grow a list, always below it. */
export function AddRowButton({ label, onClick, disabled }: { label: string; onClick: () => void; disabled?: boolean }) {
  return (
    <Group>
      <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={onClick} disabled={disabled}>
        {label}
      </Button>
    </Group>
  );
}

/** Removing a row of an unsaved form is undone by not saving, so it asks nothing; the label names the row. */
export function RemoveRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Tooltip label={label}>
      <ActionIcon color="red" variant="subtle" onClick={onClick} aria-label={label}>
        <IconTrash size={20} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

/** A row of a list: the fields, and on the end its remove button. */
export function FormListRow({ children, remove }: { children: ReactNode; remove: ReactNode }) {
  return (
    <Group align="flex-end" gap="sm" wrap="nowrap" p="sm" bg="gray.0" style={{ borderRadius: "var(--mantine-radius-md)" }}>
      <Group align="flex-end" gap="sm" style={{ flex: 1 }} wrap="wrap">
        {children}
      </Group>
      {remove}
    </Group>
  );
}
