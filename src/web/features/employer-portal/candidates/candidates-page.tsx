import { Chip, Group, ScrollArea, Select, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCalendarEvent, IconCheck, IconFilterOff, IconUsers } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useOfferList } from "../../../api/offers.js";
import { type Referral, useMoveReferral, useReferralList } from "../../../api/referrals.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { EmptyState, PageError, PageLoading } from "../../../components/page-states.js";
import { PaginationBar } from "../../../components/pagination-bar.js";
import { refusalMessage } from "../../../components/refusal-message.js";
import { PortalPage } from "../portal-page.js";
import { CandidateCard } from "./candidate-card.js";
import { type CandidatesSearch, EMPLOYER_STAGES } from "./candidates-search.js";
import { DeclineModal } from "./decline-modal.js";
import type { EmployerMove } from "./employer-moves.js";
import { HireModal } from "./hire-modal.js";

const route = getRouteApi("/employer/candidates");
const PAGE_SIZE = 10;
const ALL = "all";

/**
 * The workers the centre put forward for the employer's offers, only after each worker consented. One candidate
 * at a time is acted on: invited to an interview, hired with the contract's terms, or declined with a reason.
 */
export function CandidatesPage() {
  const { t } = useTranslation("employerPortal");
  const { offerId, stage, page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const candidates = useReferralList({ offerId, stage, page, pageSize: PAGE_SIZE });
  // The employer's offers, to choose one; a hundred covers any farm's season.
  const offers = useOfferList({ page: 1, pageSize: 100 });
  const move = useMoveReferral();
  const [acting, setActing] = useState<{ candidate: Referral; move: EmployerMove } | null>(null);

  const setSearch = (changes: Partial<CandidatesSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...changes, page: undefined }), replace: true });
  const close = () => {
    setActing(null);
    move.reset();
  };
  const run = (body: Parameters<typeof move.mutate>[0]["move"]) => {
    if (!acting) return;
    move.mutate(
      { referral: acting.candidate, move: body },
      {
        onSuccess: (moved) => {
          notifications.show({
            color: "olive",
            icon: <IconCheck size={18} />,
            message: t(`candidates.done.${body.to}`, { name: moved.workerName }),
          });
          close();
        },
      },
    );
  };
  const error = move.error ? refusalMessage(t, move.error) : null;
  const filtered = offerId !== undefined || stage !== undefined;

  return (
    <PortalPage title={t("candidates.title")} description={t("candidates.description")}>
      <Stack gap="md">
        <Select
          label={t("candidates.offer")}
          placeholder={t("candidates.allOffers")}
          data={(offers.data?.items ?? []).map((offer) => ({ value: offer.id, label: offer.title }))}
          value={offerId ?? null}
          onChange={(next) => setSearch({ offerId: next ?? undefined })}
          clearable
          searchable
          size="lg"
          comboboxProps={{ withinPortal: true }}
        />
        <ScrollArea type="auto" offsetScrollbars>
          <Chip.Group
            multiple={false}
            value={stage ?? ALL}
            onChange={(next) => setSearch({ stage: next === ALL ? undefined : (next as CandidatesSearch["stage"]) })}
          >
            <Group gap="xs" wrap="nowrap" role="radiogroup" aria-label={t("candidates.stage")}>
              <Chip value={ALL} type="radio" size="md">
                {t("candidates.allStages")}
              </Chip>
              {EMPLOYER_STAGES.map((value) => (
                <Chip key={value} value={value} type="radio" size="md">
                  {t(`candidates.stageShort.${value}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </ScrollArea>
        {candidates.isPending ? (
          <PageLoading />
        ) : candidates.isError ? (
          <PageError error={candidates.error} onRetry={() => void candidates.refetch()} />
        ) : candidates.data.total === 0 ? (
          <EmptyState
            icon={filtered ? <IconFilterOff size={32} aria-hidden /> : <IconUsers size={32} aria-hidden />}
            title={t(filtered ? "candidates.noneMatching" : "candidates.empty")}
            description={t(filtered ? "candidates.noneMatchingHint" : "candidates.emptyHint")}
          />
        ) : (
          <Stack gap="sm">
            {candidates.data.items.map((candidate) => (
              <CandidateCard
                key={candidate.id}
                candidate={candidate}
                onMove={(chosen, next) => setActing({ candidate: chosen, move: next })}
              />
            ))}
            {candidates.data.total > PAGE_SIZE && (
              <PaginationBar
                page={page}
                pageSize={PAGE_SIZE}
                total={candidates.data.total}
                onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
              />
            )}
          </Stack>
        )}
      </Stack>
      <ConfirmDialog
        opened={acting?.move === "interview"}
        title={acting ? t("interview.title", { name: acting.candidate.workerName }) : ""}
        message={acting ? (error ?? t("interview.message", { name: acting.candidate.workerName, offer: acting.candidate.offerTitle })) : ""}
        confirmLabel={t("candidates.move.interview")}
        confirmIcon={<IconCalendarEvent size={18} aria-hidden />}
        loading={move.isPending}
        onCancel={close}
        onConfirm={() => run({ to: "interview" })}
      />
      <HireModal
        candidate={acting?.move === "hired" ? acting.candidate : null}
        saving={move.isPending}
        error={error}
        onCancel={close}
        onHire={(placement) => run({ to: "hired", placement })}
      />
      <DeclineModal
        key={acting?.move === "declined" ? acting.candidate.id : "closed"}
        candidate={acting?.move === "declined" ? acting.candidate : null}
        saving={move.isPending}
        error={error}
        onCancel={close}
        onDecline={(reason, note) => run({ to: "declined", reason, note })}
      />
    </PortalPage>
  );
}
