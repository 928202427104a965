import { Badge, Button, Grid, Group, Stack, Tabs } from "@mantine/core";
import { IconBuildingWarehouse, IconMapPinPlus, IconPencil, IconPlus, IconScale, IconShieldCheck } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { type Employer, useEmployer } from "../../api/employers.js";
import { actorOf, useMe } from "../../api/me.js";
import { BackLink } from "../../components/back-link.js";
import { EmployerCompanyFacts, EmployerContactFacts, EmployerSites } from "../../components/employer-facts.js";
import { EmployerInspections } from "../../components/inspections/employer-inspections.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { ButtonLink } from "../../components/router-links.js";
import { AddSiteModal } from "./detail/add-site-modal.js";
import { EmployerOffers } from "./detail/employer-offers.js";
import { PortalAccountCard } from "./detail/portal-account-card.js";
import type { EmployerTab } from "./employer-tabs.js";

const route = getRouteApi("/staff/employers/$employerId");

interface EmployerDetailPageProps {
  /** The employer's vetting file, from the vetting feature; the route puts the two together. */
  vetting?: (employerId: string) => ReactNode;
  /** The employer's fair-work score and holds, from the fair-work feature. */
  fairWork?: (employerId: string) => ReactNode;
}

export function EmployerDetailPage({ vetting, fairWork }: EmployerDetailPageProps) {
  const { employerId } = route.useParams();
  const employer = useEmployer(employerId);
  if (employer.isPending) return <PageLoading rows={10} />;
  if (employer.isError) return <PageError error={employer.error} onRetry={() => void employer.refetch()} />;
  return <EmployerFile employer={employer.data} vetting={vetting} fairWork={fairWork} />;
}

function EmployerFile({ employer, vetting, fairWork }: { employer: Employer } & EmployerDetailPageProps) {
  const { t } = useTranslation("employers");
  const { tab = "company" } = route.useSearch();
  const navigate = route.useNavigate();
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
      <Tabs
        value={tab}
        onChange={(next) => void navigate({ search: { tab: (next ?? "company") as EmployerTab }, replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="company" leftSection={<IconBuildingWarehouse size={18} aria-hidden />}>
            {t("section.company")}
          </Tabs.Tab>
          {vetting && may("vetting.read") && (
            <Tabs.Tab value="vetting" leftSection={<IconShieldCheck size={18} aria-hidden />}>
              {t("tab", { ns: "vetting" })}
            </Tabs.Tab>
          )}
          {fairWork && may("fair_work.read") && (
            <Tabs.Tab value="fairWork" leftSection={<IconScale size={18} aria-hidden />}>
              {t("tab", { ns: "fairWork" })}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="company">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="lg">
                <EmployerCompanyFacts employer={employer} />
                <EmployerContactFacts employer={employer} />
                <EmployerOffers employerId={employer.id} mayCreate={may("offer.create")} />
                {may("inspection.list") && <EmployerInspections employerId={employer.id} />}
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
        </Tabs.Panel>
        {vetting && may("vetting.read") && <Tabs.Panel value="vetting">{vetting(employer.id)}</Tabs.Panel>}
        {fairWork && may("fair_work.read") && <Tabs.Panel value="fairWork">{fairWork(employer.id)}</Tabs.Panel>}
      </Tabs>
      <AddSiteModal employer={employer} opened={addingSite} onClose={() => setAddingSite(false)} />
    </>
  );
}
