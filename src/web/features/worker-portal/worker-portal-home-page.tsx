import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import {
  IconBriefcase,
  IconChevronDown,
  IconInbox,
  IconListCheck,
  IconListSearch,
  IconMessageReport,
  IconMoodSmile,
  IconUserCircle,
} from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/me.js";
import { useReferralList } from "../../api/referrals.js";
import { useWorkerMatches } from "../../api/worker-matches.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { ButtonLink } from "../../components/router-links.js";
import { ApplicationCard } from "./application-card.js";
import { CheckInCards } from "./check-ins/check-in-card.js";
import { JobMatchCard } from "./job-match-card.js";
import { ProposalCard } from "./proposal-card.js";
import { workerHome } from "./worker-referrals.js";

/** A worker rarely has more than a few candidacies; one page of the largest size holds them all. */
const ALL_REFERRALS = { page: 1, pageSize: 100 } as const;
/** Jobs are shown a few at a time: a long list is hard to read on a small phone. */
const JOBS_STEP = 3;

function Section({ icon, title, id, children }: { icon: ReactNode; title: string; id: string; children: ReactNode }) {
  return (
    <Stack gap="md" component="section" aria-labelledby={id}>
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
          {icon}
        </ThemeIcon>
        <Title order={2} id={id} fz={24}>
          {title}
        </Title>
      </Group>
      {children}
    </Stack>
  );
}

/** A kind sentence in a box, when a part of the page has nothing: never an empty gap. */
function Nothing({ children }: { children: ReactNode }) {
  return (
    <Paper p="lg" bg="gray.0">
      <Group gap="md" wrap="nowrap">
        <IconMoodSmile size={32} aria-hidden color="var(--mantine-color-gray-6)" style={{ flexShrink: 0 }} />
        <Text fz="lg">{children}</Text>
      </Group>
    </Paper>
  );
}

/**
 * The worker's home on a phone: offers waiting for their answer first (the one thing to do), then their
 * applications, then other jobs that fit. Short sentences, big buttons, icons beside every line.
 */
export function WorkerPortalHomePage() {
  const { t } = useTranslation("workerPortal");
  const me = useMe();
  const workerId = me.data?.workerId ?? "";
  const referrals = useReferralList(ALL_REFERRALS, !!workerId);
  const matches = useWorkerMatches(workerId, false, !!workerId);
  const [jobsShown, setJobsShown] = useState(JOBS_STEP);
  useDocumentTitle(t("documentTitle", { ns: "common", page: t("home.title") }));

  const greeting = (
    <Stack gap="sm">
      <Title order={1} fz={28}>
        {t("home.greeting", { name: me.data?.name ?? "" })}
      </Title>
      <ButtonLink to="/me/profile" size="lg" variant="light" fullWidth leftSection={<IconUserCircle size={24} aria-hidden />}>
        {t("home.myProfile")}
      </ButtonLink>
      <ButtonLink to="/me/report" size="lg" variant="outline" fullWidth leftSection={<IconMessageReport size={24} aria-hidden />}>
        {t("entry.report", { ns: "grievanceReport" })}
      </ButtonLink>
      <ButtonLink to="/me/reports" size="lg" variant="subtle" fullWidth leftSection={<IconListSearch size={24} aria-hidden />}>
        {t("entry.myReports", { ns: "grievanceReport" })}
      </ButtonLink>
    </Stack>
  );

  if (!workerId) {
    // A worker account without a worker file: nothing to show but who to ask.
    return (
      <Stack gap="xl">
        {greeting}
        <Nothing>{t("home.noFile")}</Nothing>
      </Stack>
    );
  }
  if (referrals.isPending || matches.isPending) {
    return (
      <Stack gap="xl">
        {greeting}
        <PageLoading rows={5} />
      </Stack>
    );
  }
  if (referrals.isError) {
    return (
      <Stack gap="xl">
        {greeting}
        <PageError error={referrals.error} onRetry={() => void referrals.refetch()} />
      </Stack>
    );
  }

  const home = workerHome(referrals.data.items, matches.data?.items ?? []);

  return (
    <Stack gap={40}>
      {greeting}

      <CheckInCards />

      <Section icon={<IconInbox size={24} />} title={t("proposals.title")} id="offers-for-you">
        {home.proposals.length === 0 ? (
          <Nothing>{t("proposals.none")}</Nothing>
        ) : (
          <Stack gap="lg">
            {home.proposals.map((proposal) => (
              <ProposalCard key={proposal.id} proposal={proposal} />
            ))}
          </Stack>
        )}
      </Section>

      <Section icon={<IconListCheck size={24} />} title={t("applications.title")} id="your-applications">
        {home.applications.length === 0 ? (
          <Nothing>{t("applications.none")}</Nothing>
        ) : (
          <Stack gap="sm" component="ul" m={0} p={0}>
            {home.applications.map((application) => (
              <ApplicationCard key={application.id} application={application} />
            ))}
          </Stack>
        )}
      </Section>

      <Section icon={<IconBriefcase size={24} />} title={t("otherJobs.title")} id="other-jobs">
        {matches.isError ? (
          <PageError error={matches.error} onRetry={() => void matches.refetch()} />
        ) : home.otherJobs.length === 0 ? (
          <Nothing>{t("otherJobs.none")}</Nothing>
        ) : (
          <Stack gap="lg">
            {home.otherJobs.slice(0, jobsShown).map((match) => (
              <JobMatchCard key={match.offer.id} match={match} />
            ))}
            {home.otherJobs.length > jobsShown && (
              <Button
                size="lg"
                variant="default"
                fullWidth
                leftSection={<IconChevronDown size={24} aria-hidden />}
                onClick={() => setJobsShown((shown) => shown + JOBS_STEP)}
              >
                {t("otherJobs.showMore")}
              </Button>
            )}
          </Stack>
        )}
      </Section>
    </Stack>
  );
}
