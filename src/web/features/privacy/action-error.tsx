import { Alert } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { errorMessageKey } from "../../api/api-error.js";

/** Why an action was refused, in the reader's language. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
      {t(errorMessageKey(error), { ns: "errors" })}
    </Alert>
  );
}
