import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconAlertCircle, IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { errorMessageKey, isApiError } from "../api/api-error.js";

interface SaveErrorAlertProps {
  /** A refusal that belongs to no field of the form. */
  error: unknown;
  /** What to say when someone else saved the record first. */
  conflictMessage: string;
}

/** Did someone else save the record since it was read (412)? Then only reloading it helps. */
export function isStaleVersion(error: unknown): boolean {
  return isApiError(error) && error.code === "precondition_failed";
}

/** Why a form could not be saved, when the reason is not at one of its fields; a stale record offers a reload. */
export function SaveErrorAlert({ error, conflictMessage }: SaveErrorAlertProps) {
  const { t } = useTranslation();
  if (!isStaleVersion(error)) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
        {t(errorMessageKey(error), { ns: "errors" })}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{conflictMessage}</Text>
        <Button size="xs" variant="light" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => window.location.reload()}>
          {t("action.reload", { ns: "common" })}
        </Button>
      </Stack>
    </Alert>
  );
}
