import { useTranslation } from "react-i18next";
import { ChangePassword } from "../../../components/account/change-password.js";
import { BackLink } from "../../../components/back-link.js";
import { PortalPage } from "../portal-page.js";

/** The same for an employer's contact person, inside the employer portal. */
export function EmployerChangePasswordPage() {
  const { t } = useTranslation("account");
  return (
    <PortalPage
      title={t("changePassword.title")}
      description={t("changePassword.description")}
      back={<BackLink to="/employer" label={t("nav.home", { ns: "employerPortal" })} />}
    >
      <ChangePassword home="/employer" />
    </PortalPage>
  );
}
