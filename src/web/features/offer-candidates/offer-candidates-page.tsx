import { Alert, Button, Group, Stack, Switch, Text } from "@mantine/core";
import { IconEye, IconInfoCircle, IconPlus, IconUserSearch, IconUsers } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { isOfferOpenForReferrals } from "../../../core/offers/offer-lifecycle.js";
import { actorOf, useMe } from "../../api/me.js";
import { useOfferCandidates } from "../../api/offer-candidates.js";
import { type OfferView, useOffer } from "../../api/offers.js";
import { BackLink } from "../../components/back-link.js";
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

function Candidates({ offer }: { offer: OfferView }) {
  const { t, i18n } = useTranslation("referrals");
  const me = useMe();
  const { excluded = false } = route.useSearch();
  const navigate = route.useNavigate();
  const [limit, setLimit] = useState(CANDIDATE_PAGE);
  const [target, setTarget] = useState<PutForwardTarget | null>(null);
  const candidates = useOfferCandidates(offer.id, { includeExcluded: excluded, limit });
  const open = isOfferOpenForReferrals(offer.status);
  const mayPutForward = open && !!me.data && mayEver(actorOf(me.data), "referral.create");
  const items = candidates.data ?? [];
  const eligibleCount = items.filter((candidate) => candidate.eligible).length;
  const number = new Intl.NumberFormat(i18n.language);
  const setExcluded = (value: boolean) => void navigate({ search: { excluded: value || undefined }, replace: true });

  return (
    <>
      <PageHeader
        title={t("candidates.title", { title: offer.title })}
        back={<BackLink to="/staff/offers/$offerId" params={{ offerId: offer.id }} label={offer.title} />}
      />
      <OfferHeadline offer={offer} />
      {!open && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} title={t("candidates.notOpenTitle")} mb="md">
          {t("candidates.notOpenHint")}
        </Alert>
      )}
      <Group justify="space-between" gap="md" mb="md" wrap="wrap">
        <Text c="dimmed" aria-live="polite">
          {candidates.data
            ? excluded
              ? t("candidates.countWithExcluded", {
                  count: eligibleCount,
                  eligible: number.format(eligibleCount),
                  excluded: number.format(items.length - eligibleCount),
                })
              : t("candidates.count", { count: eligibleCount, eligible: number.format(eligibleCount) })
            : t("state.loading", { ns: "common" })}
        </Text>
        <Switch label={t("candidates.showExcluded")} checked={excluded} onChange={(event) => setExcluded(event.currentTarget.checked)} />
      </Group>

      {candidates.isPending ? (
        <PageLoading />
      ) : candidates.isError ? (
        <PageError error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : items.length === 0 ? (
        excluded ? (
          <EmptyState icon={<IconUsers size={32} aria-hidden />} title={t("candidates.emptyAllTitle")} description={t("candidates.emptyAllHint")} />
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
        <Stack gap="sm" component="ol" m={0} p={0} aria-label={t("candidates.listLabel")} style={{ opacity: candidates.isPlaceholderData ? 0.6 : 1 }}>
          {items.map((candidate, index) => (
            <CandidateCard
              key={candidate.worker.id}
              offerId={offer.id}
              candidate={candidate}
              rank={candidate.eligible ? index + 1 : null}
              mayPutForward={mayPutForward}
              onPutForward={(mode) =>
                setTarget({ mode, workerId: candidate.worker.id, workerName: t("fullName", { given: candidate.worker.givenName, family: candidate.worker.familyName }) })
              }
            />
          ))}
        </Stack>
      )}
      {items.length >= limit && limit < CANDIDATE_LIMIT_MAX && (
        <Group justify="center" mt="md">
          <Button
            variant="default"
            leftSection={<IconPlus size={18} aria-hidden />}
            loading={candidates.isFetching}
            onClick={() => setLimit((current) => Math.min(CANDIDATE_LIMIT_MAX, current + CANDIDATE_PAGE))}
          >
            {t("candidates.showMore")}
          </Button>
        </Group>
      )}
      <PutForwardDialog target={target} offer={offer} onClose={() => setTarget(null)} />
    </>
  );
}
