import { Badge, Button, Grid, Group, Stack } from "@mantine/core";
import { IconMapPinPlus, IconPencil, IconPlus } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { type Employer, useEmployer } from "../../api/employers.js";
import { actorOf, useMe } from "../../api/me.js";
import { BackLink } from "../../components/back-link.js";
import { EmployerCompanyFacts, EmployerContactFacts, EmployerSites } from "../../components/employer-facts.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { ButtonLink } from "../../components/router-links.js";
import { AddSiteModal } from "./detail/add-site-modal.js";
import { EmployerOffers } from "./detail/employer-offers.js";
import { PortalAccountCard } from "./detail/portal-account-card.js";

const route = getRouteApi("/staff/employers/$employerId");

export function EmployerDetailPage() {
  const { employerId } = route.useParams();
  const employer = useEmployer(employerId);
  if (employer.isPending) return <PageLoading rows={10} />;
  if (employer.isError) return <PageError error={employer.error} onRetry={() => void employer.refetch()} />;
  return <EmployerFile employer={employer.data} />;
}

function EmployerFile({ employer }: { employer: Employer }) {
  const { t } = useTranslation("employers");
  const me = useMe();
  const [addingSite, setAddingSite] = useState(false);
  // Inspectors read the page; only the centre's caseworkers and coordinators change it.
  const may = (action: Parameters<typeof mayEver>[1]) => !!me.data && mayEver(actorOf(me.data), action);

  return (
    <>
      <PageHeader
        title={employer.legalName}
        back={<BackLink to="/staff/employers" label={t("list.title")} />}
        description={
          <Group gap="sm" component="span" wrap="wrap">
            <Badge variant="light" tt="none">
              {t(`sector.${employer.sector}`, { ns: "codes" })}
            </Badge>
            <span className="ltr-text">{employer.taxId}</span>
          </Group>
        }
        actions={
          <>
            {may("offer.create") && (
              <ButtonLink
                to="/staff/offers/new"
                search={{ employerId: employer.id }}
                variant="light"
                leftSection={<IconPlus size={18} aria-hidden />}
              >
                {t("offers.create")}
              </ButtonLink>
            )}
            {may("employer.update") && (
              <ButtonLink
                to="/staff/employers/$employerId/edit"
                params={{ employerId: employer.id }}
                leftSection={<IconPencil size={18} aria-hidden />}
              >
                {t("action.edit")}
              </ButtonLink>
            )}
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <EmployerCompanyFacts employer={employer} />
            <EmployerContactFacts employer={employer} />
            <EmployerOffers employerId={employer.id} mayCreate={may("offer.create")} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <EmployerSites
              sites={employer.sites}
              actions={
                may("employer.update") ? (
                  <Button variant="light" leftSection={<IconMapPinPlus size={18} aria-hidden />} onClick={() => setAddingSite(true)}>
                    {t("sites.add")}
                  </Button>
                ) : undefined
              }
            />
            {may("employer.account.create") && <PortalAccountCard employer={employer} />}
          </Stack>
        </Grid.Col>
      </Grid>
      <AddSiteModal employer={employer} opened={addingSite} onClose={() => setAddingSite(false)} />
    </>
  );
}
