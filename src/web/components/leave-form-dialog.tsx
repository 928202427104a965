import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "./confirm-dialog.js";

/** "Leave without saving?": shown when someone navigates away from a form with changes. */
export function LeaveFormDialog({ opened, onLeave, onStay, ns }: { opened: boolean; onLeave: () => void; onStay: () => void; ns: string }) {
  const { t } = useTranslation(ns);
  return (
    <ConfirmDialog
      opened={opened}
      title={t("form.leaveTitle")}
      message={t("form.leaveMessage")}
      confirmLabel={t("form.leaveConfirm")}
      destructive
      onConfirm={onLeave}
      onCancel={onStay}
    />
  );
}
