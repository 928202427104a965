import { IconLayoutDashboard, IconTools } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../components/page-states.js";
import { ButtonLink } from "../components/router-links.js";

/** A console page that does not exist, or whose area is not built yet, keeps the console around it. */
export function StaffNotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconTools size={32} aria-hidden />}
      title={t("notFound.staffTitle")}
      description={t("notFound.staffDescription")}
      action={
        <ButtonLink to="/staff" leftSection={<IconLayoutDashboard size={18} aria-hidden />}>
          {t("nav.dashboard")}
        </ButtonLink>
      }
    />
  );
}
