import { Alert, Button, Group, Stack, Switch, Text, Title } from "@mantine/core";
import { IconBan, IconEye, IconInfoCircle, IconPlus, IconUserSearch, IconUsers } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { isOfferOpenForReferrals } from "../../../core/offers/offer-lifecycle.js";
import { actorOf, useMe } from "../../api/me.js";
import { type CandidateMatch, useOfferCandidates } from "../../api/offer-candidates.js";
import { type OfferView, useOffer } from "../../api/offers.js";
import { BackLink } from "../../components/back-link.js";
import { EmployerNotMatchedAlert } from "../../components/fair-work/employer-not-matched-alert.js";
import { PageHeader } from "../../components/page-header.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { CandidateCard } from "./candidate-card.js";
import { CANDIDATE_LIMIT_MAX, CANDIDATE_PAGE } from "./candidates-search.js";
import { OfferHeadline } from "./offer-headline.js";
import { PutForwardDialog, type PutForwardTarget } from "./put-forward-dialog.js";

const route = getRouteApi("/staff/offers/$offerId/candidates");

export function OfferCandidatesPage() {
  const { offerId } = route.useParams();
  const offer = useOffer(offerId);
  if (offer.isPending) return <PageLoading rows={10} />;
  if (offer.isError) return <PageError error={offer.error} onRetry={() => void offer.refetch()} />;
  return <Candidates offer={offer.data} />;
}

interface CandidateListProps {
  items: readonly CandidateMatch[];
  label: string;
  offerId: string;
  mayPutForward: boolean;
  onPutForward: (target: PutForwardTarget) => void;
}

function CandidateList({ items, label, offerId, mayPutForward, onPutForward }: CandidateListProps) {
  const { t } = useTranslation("referrals");
  return (
    <Stack gap="sm" component="ol" m={0} p={0} aria-label={label}>
      {items.map((candidate, index) => (
        <CandidateCard
          key={candidate.worker.id}
          offerId={offerId}
          candidate={candidate}
          rank={candidate.eligible ? index + 1 : null}
          mayPutForward={mayPutForward}
          onPutForward={(mode) =>
            onPutForward({
              mode,
              workerId: candidate.worker.id,
              workerName: t("fullName", { given: candidate.worker.givenName, family: candidate.worker.familyName }),
            })
          }
        />
      ))}
    </Stack>
  );
}

function Candidates({ offer }: { offer: OfferView }) {
  const { t, i18n } = useTranslation("referrals");
  const me = useMe();
  const { excluded = false } = route.useSearch();
  const navigate = route.useNavigate();
  const [shownLimit, setShownLimit] = useState(CANDIDATE_PAGE);
  const [target, setTarget] = useState<PutForwardTarget | null>(null);
  // The ruled-out workers come after every eligible one: asking for them means asking for the whole list.
  const limit = excluded ? CANDIDATE_LIMIT_MAX : shownLimit;
  const candidates = useOfferCandidates(offer.id, { includeExcluded: excluded, limit });
  const open = isOfferOpenForReferrals(offer.status);
  const mayPutForward = open && !!me.data && mayEver(actorOf(me.data), "referral.create");
  const items = candidates.data ?? [];
  const eligible = items.filter((candidate) => candidate.eligible);
  const ruledOut = items.filter((candidate) => !candidate.eligible);
  const mayHaveMore = items.length >= limit && limit < CANDIDATE_LIMIT_MAX;
  const number = new Intl.NumberFormat(i18n.language);
  const setExcluded = (value: boolean) => void navigate({ search: { excluded: value || undefined }, replace: true });

  const countText = !candidates.data
    ? t("state.loading", { ns: "common" })
    : mayHaveMore
      ? t("candidates.countMore", { shown: number.format(items.length) })
      : excluded
        ? t("candidates.countWithExcluded", {
            count: eligible.length,
            eligible: number.format(eligible.length),
            excluded: number.format(ruledOut.length),
          })
        : t("candidates.count", { count: eligible.length, eligible: number.format(eligible.length) });

  return (
    <>
      <PageHeader
        title={t("candidates.title", { title: offer.title })}
        back={<BackLink to="/staff/offers/$offerId" params={{ offerId: offer.id }} label={offer.title} />}
      />
      <OfferHeadline offer={offer} />
      <EmployerNotMatchedAlert employerId={offer.employerId} />
      {!open && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} title={t("candidates.notOpenTitle")} mb="md">
          {t("candidates.notOpenHint")}
        </Alert>
      )}
      <Group justify="space-between" gap="md" mb="md" wrap="wrap">
        <Text c="dimmed" aria-live="polite">
          {countText}
        </Text>
        <Switch label={t("candidates.showExcluded")} checked={excluded} onChange={(event) => setExcluded(event.currentTarget.checked)} />
      </Group>

      {candidates.isPending ? (
        <PageLoading />
      ) : candidates.isError ? (
        <PageError error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : items.length === 0 ? (
        excluded ? (
          <EmptyState
            icon={<IconUsers size={32} aria-hidden />}
            title={t("candidates.emptyAllTitle")}
            description={t("candidates.emptyAllHint")}
          />
        ) : (
          <EmptyState
            icon={<IconUserSearch size={32} aria-hidden />}
            title={t("candidates.emptyTitle")}
            description={t("candidates.emptyHint")}
            action={
              <Button variant="light" leftSection={<IconEye size={18} aria-hidden />} onClick={() => setExcluded(true)}>
                {t("candidates.showExcluded")}
              </Button>
            }
          />
        )
      ) : (
        <Stack gap="xl" style={{ opacity: candidates.isPlaceholderData ? 0.6 : 1, transition: "opacity 150ms" }}>
          {eligible.length > 0 ? (
            <CandidateList
              items={eligible}
              label={t("candidates.listLabel")}
              offerId={offer.id}
              mayPutForward={mayPutForward}
              onPutForward={setTarget}
            />
          ) : (
            <Alert color="gray" variant="light" icon={<IconUserSearch aria-hidden />} title={t("candidates.emptyTitle")} />
          )}
          {ruledOut.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="ruled-out-heading">
              <Group gap="xs">
                <IconBan size={22} aria-hidden color="var(--mantine-color-red-7)" />
                <Title order={2} size="h4" id="ruled-out-heading">
                  {t("candidates.ruledOutTitle")}
                </Title>
              </Group>
              <CandidateList
                items={ruledOut}
                label={t("candidates.ruledOutTitle")}
                offerId={offer.id}
                mayPutForward={false}
                onPutForward={setTarget}
              />
            </Stack>
          )}
        </Stack>
      )}
      {mayHaveMore && (
        <Group justify="center" mt="md">
          <Button
            variant="default"
            leftSection={<IconPlus size={18} aria-hidden />}
            loading={candidates.isFetching}
            onClick={() => setShownLimit((current) => Math.min(CANDIDATE_LIMIT_MAX, current + CANDIDATE_PAGE))}
          >
            {t("candidates.showMore")}
          </Button>
        </Group>
      )}
      <PutForwardDialog target={target} offer={offer} onClose={() => setTarget(null)} />
    </>
  );
}
