import { Alert, Stack } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useEmployer } from "../../api/employers.js";
import { useMe } from "../../api/me.js";
import { EmployerCompanyFacts, EmployerContactFacts, EmployerSites } from "../../components/employer-facts.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { PortalPage } from "./portal-page.js";

/** The company as the centre registered it, read-only: changes go through the centre, which vetted it. */
export function CompanyPage() {
  const { t } = useTranslation("employerPortal");
  const me = useMe();
  const employer = useEmployer(me.data?.employerId);
  return (
    <PortalPage title={t("company.title")} description={employer.data?.legalName}>
      {employer.isPending ? (
        <PageLoading rows={8} />
      ) : employer.isError ? (
        <PageError error={employer.error} onRetry={() => void employer.refetch()} />
      ) : (
        <Stack gap="lg">
          <Alert color="olive" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t("company.changesThroughCentre", { centre: me.data?.centreName ?? t("company.yourCentre") })}
          </Alert>
          <EmployerCompanyFacts employer={employer.data} />
          <EmployerContactFacts employer={employer.data} />
          <EmployerSites sites={employer.data.sites} />
        </Stack>
      )}
    </PortalPage>
  );
}
