import { Button, Grid, Stack } from "@mantine/core";
import { IconChevronRight, IconShieldCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import type { FairWorkToFix } from "../../../core/fair-work/fair-work-schemas.js";
import { type FairWorkView, useFairWork } from "../../api/fair-work.js";
import { actorOf, useMe } from "../../api/me.js";
import { FairWorkHeadline, FairWorkHolds, FairWorkItems } from "../../components/fair-work/fair-work-score.js";
import { ToFixList } from "../../components/fair-work/to-fix-list.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { ButtonLink } from "../../components/router-links.js";
import { SectionCard } from "../../components/section-card.js";
import { ReviewHoldModal } from "./review-hold-modal.js";

type Hold = FairWorkView["holds"][number];

/** Where staff fix or check each point: the visit of a corrective action, the vetting tab, the offer. */
function StaffLink({ item, employerId }: { item: FairWorkToFix; employerId: string }) {
  const { t } = useTranslation("fairWork");
  const look = { variant: "light", rightSection: <IconChevronRight size={18} aria-hidden className="mirror-in-rtl" /> } as const;
  if (item.kind === "corrective_action") {
    return (
      <ButtonLink to="/staff/inspections/$inspectionId" params={{ inspectionId: item.inspectionId }} {...look}>
        {t("link.inspection")}
      </ButtonLink>
    );
  }
  if (item.kind === "offer") {
    return (
      <ButtonLink to="/staff/offers/$offerId" params={{ offerId: item.id }} {...look}>
        {t("link.offer")}
      </ButtonLink>
    );
  }
  return (
    <ButtonLink to="/staff/employers/$employerId" params={{ employerId }} search={{ tab: "vetting" }} {...look}>
      {t("link.vetting")}
    </ButtonLink>
  );
}

/** The "Fair work" tab of an employer's page: the score explained, the holds (which a coordinator reviews), what to fix. */
export function EmployerFairWork({ employerId }: { employerId: string }) {
  const { t } = useTranslation("fairWork");
  const fairWork = useFairWork(employerId);
  const me = useMe();
  const [reviewing, setReviewing] = useState<Hold | null>(null);
  const mayReview = !!me.data && mayEver(actorOf(me.data), "fair_work.review");
  if (fairWork.isPending) return <PageLoading rows={6} />;
  if (fairWork.isError) return <PageError error={fairWork.error} onRetry={() => void fairWork.refetch()} />;
  const view = fairWork.data;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="lg">
          <SectionCard title={t("score.title")} description={t("score.staffHint")}>
            <Stack gap="md">
              <FairWorkHeadline view={view} audience="staff" />
              <FairWorkHolds
                view={view}
                audience="staff"
                holdAction={(hold) =>
                  mayReview && hold.code === "serious_grievance" && hold.grievanceId ? (
                    <Button variant="white" leftSection={<IconShieldCheck size={18} aria-hidden />} onClick={() => setReviewing(hold)}>
                      {t("review.open")}
                    </Button>
                  ) : null
                }
              />
              <FairWorkItems view={view} />
            </Stack>
          </SectionCard>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <SectionCard title={t("toFix.title")} description={t("toFix.staffHint")}>
          <ToFixList items={view.toFix} linkOf={(item) => <StaffLink item={item} employerId={employerId} />} />
        </SectionCard>
      </Grid.Col>
      {reviewing && <ReviewHoldModal employerId={employerId} hold={reviewing} onClose={() => setReviewing(null)} />}
    </Grid>
  );
}
