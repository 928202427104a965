import { SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { IconBriefcase, IconBuildingWarehouse, IconChevronRight, IconPlus, IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useEmployer } from "../../api/employers.js";
import { useMe } from "../../api/me.js";
import { useOfferList } from "../../api/offers.js";
import { useReferralList } from "../../api/referrals.js";
import { PageError } from "../../components/page-states.js";
import { ButtonLink } from "../../components/router-links.js";
import { AccountHomeCard } from "./account-home-card.js";
import { CorrectiveActionsHomeCard } from "./corrective-actions/corrective-actions-home-card.js";
import { HomeCard } from "./home-card.js";
import { PortalPage } from "./portal-page.js";
import { VettingHomeCard } from "./vetting/vetting-home-card.js";

interface CountQuery {
  data?: { total: number };
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

const totalOf = (query: CountQuery): number | null => query.data?.total ?? null;

/** A sentence with a count; a placeholder of its size while it loads, so the card never jumps. */
function Count({ label }: { label: string | null }) {
  return label === null ? <Skeleton height={20} width="70%" radius="sm" my={4} /> : <Text size="lg">{label}</Text>;
}

/** The employer's first screen: its offers, the candidates waiting for an answer, its company. */
export function EmployerPortalHomePage() {
  const { t } = useTranslation("employerPortal");
  const me = useMe();
  const employer = useEmployer(me.data?.employerId);
  // Only the totals are wanted: one row per request is enough.
  const counts: CountQuery[] = [
    useOfferList({ status: "draft", page: 1, pageSize: 1 }),
    useOfferList({ status: "published", page: 1, pageSize: 1 }),
    useReferralList({ stage: "referred", page: 1, pageSize: 1 }),
    useReferralList({ stage: "interview", page: 1, pageSize: 1 }),
  ];
  const [drafts, published, waiting, interviews] = counts.map(totalOf);
  const failed = counts.find((query) => query.isError);
  const name = me.data?.name ?? "";
  const arrow = <IconChevronRight size={20} aria-hidden className="mirror-in-rtl" />;

  return (
    <PortalPage
      title={t("home.greeting", { name })}
      description={me.data?.centreName ? t("home.centre", { centre: me.data.centreName }) : t("home.welcome")}
    >
      <Stack gap="lg">
        {failed && <PageError error={failed.error} onRetry={() => counts.forEach((query) => void query.refetch())} />}
        <HomeCard
          icon={IconBriefcase}
          title={t("home.offersTitle")}
          actions={
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <ButtonLink to="/employer/offers/new" size="lg" leftSection={<IconPlus size={22} aria-hidden />}>
                {t("offers.create")}
              </ButtonLink>
              <ButtonLink to="/employer/offers" size="lg" variant="default" rightSection={arrow}>
                {t("home.seeOffers")}
              </ButtonLink>
            </SimpleGrid>
          }
        >
          <Stack gap={4}>
            <Count
              label={published == null ? null : published === 0 ? t("home.nonePublished") : t("home.published", { count: published })}
            />
            {drafts !== 0 && <Count label={drafts == null ? null : t("home.drafts", { count: drafts })} />}
          </Stack>
        </HomeCard>
        <HomeCard
          icon={IconUsers}
          title={t("home.candidatesTitle")}
          actions={
            <ButtonLink to="/employer/candidates" size="lg" variant={waiting ? "filled" : "default"} rightSection={arrow} fullWidth>
              {t("home.seeCandidates")}
            </ButtonLink>
          }
        >
          <Stack gap={4}>
            <Count label={waiting == null ? null : waiting === 0 ? t("home.noneWaiting") : t("home.waiting", { count: waiting })} />
            {interviews !== 0 && <Count label={interviews == null ? null : t("home.interviews", { count: interviews })} />}
          </Stack>
        </HomeCard>
        <HomeCard
          icon={IconBuildingWarehouse}
          title={t("home.companyTitle")}
          actions={
            <ButtonLink to="/employer/company" size="lg" variant="default" rightSection={arrow} fullWidth>
              {t("home.seeCompany")}
            </ButtonLink>
          }
        >
          <Count
            label={
              employer.data
                ? t("home.company", { name: employer.data.legalName, count: employer.data.sites.length })
                : employer.isError
                  ? t("home.companyUnavailable")
                  : null
            }
          />
        </HomeCard>
        {me.data?.employerId && <VettingHomeCard employerId={me.data.employerId} />}
        <CorrectiveActionsHomeCard />
        {me.data && <AccountHomeCard email={me.data.email} />}
      </Stack>
    </PortalPage>
  );
}
