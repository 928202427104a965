import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ChangePassword } from "../../components/account/change-password.js";
import { BackLink } from "../../components/back-link.js";
import { PageHeader } from "../../components/page-header.js";

/** Staff change their own password; workers sign in with a phone code and have none. */
export function ChangePasswordPage() {
  const { t } = useTranslation("account");
  return (
    <Stack gap="lg">
      <PageHeader
        title={t("changePassword.title")}
        description={t("changePassword.description")}
        back={<BackLink to="/staff" label={t("nav.dashboard", { ns: "common" })} />}
      />
      <ChangePassword home="/staff" />
    </Stack>
  );
}
