import { IconMessageReport } from "@tabler/icons-react";
import { Outlet, useRouterState } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../components/router-links.js";
import { PortalShell } from "./portal-shell.js";

/** Sign-in, About and reporting a problem: open to everyone, the language picker first. */
export function PublicLayout() {
  const { t } = useTranslation("grievanceReport");
  const onReportPages = useRouterState({ select: (state) => state.location.pathname.startsWith("/report") });
  // Reporting a problem at work needs no account: the way there is on every public page.
  const report = !onReportPages && (
    <ButtonLink to="/report" variant="light" leftSection={<IconMessageReport size={20} aria-hidden />} mih={44}>
      {t("entry.report")}
    </ButtonLink>
  );
  return (
    <PortalShell width="sm" actions={report}>
      <Outlet />
    </PortalShell>
  );
}
