import { ActionIcon, Tooltip } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";

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
