import { ConfirmDialog } from "./confirm-dialog.js";

interface LeaveFormDialogProps {
  opened: boolean;
  /** The words come from the form's own namespace: "Leave without saving the offer?" */
  title: string;
  message: string;
  confirmLabel: string;
  onLeave: () => void;
  onStay: () => void;
}

/** "Leave without saving?": shown when someone navigates away from a form with changes; staying is the safe choice. */
export function LeaveFormDialog({ opened, title, message, confirmLabel, onLeave, onStay }: LeaveFormDialogProps) {
  return (
    <ConfirmDialog
      opened={opened}
      title={title}
      message={message}
      confirmLabel={confirmLabel}
      destructive
      onConfirm={onLeave}
      onCancel={onStay}
    />
  );
}
