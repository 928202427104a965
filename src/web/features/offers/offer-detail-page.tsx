import { Group, Paper, Stack, Text } from "@mantine/core";
import { IconPencil, IconUsersGroup } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { isOfferEditable } from "../../../core/offers/offer-lifecycle.js";
import { actorOf, useMe } from "../../api/me.js";
import { type OfferView, useOffer } from "../../api/offers.js";
import { BackLink } from "../../components/back-link.js";
import { OfferCheckPanel } from "../../components/offer-check-panel.js";
import { OfferFacts } from "../../components/offer-facts.js";
import { OfferLifecycleStepper } from "../../components/offer-lifecycle-stepper.js";
import { OfferStatusBadge } from "../../components/offer-status-badge.js";
import { OfferTransitionActions } from "../../components/offer-transition-actions.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { AnchorLink, ButtonLink } from "../../components/router-links.js";

const route = getRouteApi("/staff/offers/$offerId");

export function OfferDetailPage() {
  const { offerId } = route.useParams();
  const offer = useOffer(offerId);
  if (offer.isPending) return <PageLoading rows={12} />;
  if (offer.isError) return <PageError error={offer.error} onRetry={() => void offer.refetch()} />;
  return <OfferFile offer={offer.data} />;
}

function OfferFile({ offer }: { offer: OfferView }) {
  const { t } = useTranslation("offers");
  const me = useMe();
  const may = (action: Parameters<typeof mayEver>[1]) => !!me.data && mayEver(actorOf(me.data), action);
  const editable = isOfferEditable(offer.status) && may("offer.update");

  return (
    <>
      <PageHeader
        title={offer.title}
        back={<BackLink to="/staff/offers" label={t("list.title")} />}
        description={
          <Group gap="sm" component="span" wrap="wrap">
            <OfferStatusBadge status={offer.status} />
            <AnchorLink to="/staff/employers/$employerId" params={{ employerId: offer.employerId }}>
              {offer.employerName}
            </AnchorLink>
          </Group>
        }
        actions={
          <>
            {may("offer.matches") && offer.status !== "draft" && offer.status !== "submitted" && offer.status !== "checked" && (
              <ButtonLink
                to="/staff/offers/$offerId/candidates"
                params={{ offerId: offer.id }}
                variant="light"
                leftSection={<IconUsersGroup size={18} aria-hidden />}
              >
                {t("detail.candidates")}
              </ButtonLink>
            )}
            {editable && (
              <ButtonLink
                to="/staff/offers/$offerId/edit"
                params={{ offerId: offer.id }}
                leftSection={<IconPencil size={18} aria-hidden />}
              >
                {t("action.edit")}
              </ButtonLink>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <Paper component="section" aria-label={t("lifecycle.label")}>
          <Stack gap="md">
            <OfferLifecycleStepper status={offer.status} />
            {offer.allowedTransitions.length > 0 ? (
              <OfferTransitionActions offer={offer} />
            ) : (
              <Text size="sm" c="dimmed">
                {t(offer.status === "closed" ? "lifecycle.closedNote" : "lifecycle.noMoves")}
              </Text>
            )}
          </Stack>
        </Paper>
        {offer.status !== "closed" && <OfferCheckPanel offerId={offer.id} />}
        <OfferFacts
          offer={offer}
          employer={
            <AnchorLink to="/staff/employers/$employerId" params={{ employerId: offer.employerId }}>
              {offer.employerName}
            </AnchorLink>
          }
        />
      </Stack>
    </>
  );
}
