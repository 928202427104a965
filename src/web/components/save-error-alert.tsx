import { Alert } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { errorMessageKey, isApiError } from "../api/api-error.js";

interface SaveErrorAlertProps {
  /** A refusal that belongs to no field of the form. */
  error: unknown;
  /** What to say when someone else saved the record first. */
  conflictMessage: string;
}

/** Why a form could not be saved, when the reason is not at one of its fields. */
export function SaveErrorAlert({ error, conflictMessage }: SaveErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
      {isApiError(error) && error.code === "conflict" ? conflictMessage : t(errorMessageKey(error), { ns: "errors" })}
    </Alert>
  );
}
