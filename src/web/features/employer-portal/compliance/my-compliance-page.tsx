import { Alert, Stack } from "@mantine/core";
import { IconChevronRight, IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { FairWorkToFix } from "../../../../core/fair-work/fair-work-schemas.js";
import { useFairWork } from "../../../api/fair-work.js";
import { useMe } from "../../../api/me.js";
import { FairWorkHeadline, FairWorkHolds, FairWorkItems } from "../../../components/fair-work/fair-work-score.js";
import { ToFixList } from "../../../components/fair-work/to-fix-list.js";
import { PageError, PageLoading } from "../../../components/page-states.js";
import { ButtonLink } from "../../../components/router-links.js";
import { SectionCard } from "../../../components/section-card.js";
import { PortalPage } from "../portal-page.js";

/** Where the employer does each point: its vetting file, or the offer to correct. */
function PortalLink({ item }: { item: FairWorkToFix }) {
  const { t } = useTranslation("fairWork");
  const look = { variant: "light", rightSection: <IconChevronRight size={18} aria-hidden className="mirror-in-rtl" /> } as const;
  if (item.kind === "offer") {
    return (
      <ButtonLink to="/employer/offers/$offerId" params={{ offerId: item.id }} {...look}>
        {t("link.offer")}
      </ButtonLink>
    );
  }
  if (item.kind === "corrective_action") {
    return (
      <ButtonLink to="/employer/corrective-actions" {...look}>
        {t("link.correctiveActions")}
      </ButtonLink>
    );
  }
  return (
    <ButtonLink to="/employer/vetting" {...look}>
      {t("link.vetting")}
    </ButtonLink>
  );
}

/** "My compliance": the company's fair-work score with each item explained, any hold, and what to fix first. */
export function MyCompliancePage() {
  const { t } = useTranslation("fairWork");
  const me = useMe();
  const fairWork = useFairWork(me.data?.employerId);
  return (
    <PortalPage title={t("portal.title")} description={t("portal.description")}>
      {fairWork.isPending ? (
        <PageLoading rows={8} />
      ) : fairWork.isError ? (
        <PageError error={fairWork.error} onRetry={() => void fairWork.refetch()} />
      ) : (
        <Stack gap="lg">
          <SectionCard title={t("score.title")}>
            <Stack gap="md">
              <FairWorkHeadline view={fairWork.data} audience="employer" />
              <FairWorkHolds view={fairWork.data} audience="employer" />
            </Stack>
          </SectionCard>
          <SectionCard title={t("toFix.title")} description={t("toFix.employerHint")}>
            <ToFixList items={fairWork.data.toFix} linkOf={(item) => <PortalLink item={item} />} />
          </SectionCard>
          <SectionCard title={t("portal.howTitle")} description={t("portal.howHint")}>
            <FairWorkItems view={fairWork.data} />
          </SectionCard>
          <Alert color="olive" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t("portal.privacy")}
          </Alert>
        </Stack>
      )}
    </PortalPage>
  );
}
