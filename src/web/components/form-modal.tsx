import { Modal, type ModalProps } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface FormModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: ModalProps["size"];
  /** On a phone the portals' forms take the whole screen. */
  fullScreen?: boolean;
  children: ReactNode;
}

/** A centred dialog that holds a form, with a translated label on its close button. */
export function FormModal({ opened, onClose, title, size = "lg", fullScreen, children }: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      fullScreen={fullScreen}
      centered
      size={size}
      closeButtonProps={{ "aria-label": t("action.close") }}
    >
      {children}
    </Modal>
  );
}
