import { Alert, Group, Paper, Stack } from "@mantine/core";
import { IconInfoCircle, IconPencil, IconUsers } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isOfferEditable } from "../../../../core/offers/offer-lifecycle.js";
import { type OfferView, useOffer } from "../../../api/offers.js";
import { BackLink } from "../../../components/back-link.js";
import { OfferCheckPanel } from "../../../components/offer-check-panel.js";
import { OfferFacts } from "../../../components/offer-facts.js";
import { OfferLifecycleStepper } from "../../../components/offer-lifecycle-stepper.js";
import { OfferStatusBadge } from "../../../components/offer-status-badge.js";
import { OfferTransitionActions } from "../../../components/offer-transition-actions.js";
import { PageError, PageLoading } from "../../../components/page-states.js";
import { ButtonLink } from "../../../components/router-links.js";
import { PortalPage } from "../portal-page.js";

const route = getRouteApi("/employer/offers/$offerId");

export function MyOfferPage() {
  const { t } = useTranslation("employerPortal");
  const { offerId } = route.useParams();
  const offer = useOffer(offerId);
  if (offer.isPending || offer.isError) {
    return (
      <PortalPage title={t("offers.title")} back={<BackLink to="/employer/offers" label={t("offers.title")} />}>
        {offer.isPending ? <PageLoading rows={10} /> : <PageError error={offer.error} onRetry={() => void offer.refetch()} />}
      </PortalPage>
    );
  }
  return <MyOffer offer={offer.data} />;
}

/** One offer: where it stands, what to do next (edit, submit, mark as filled…), and everything it says. */
function MyOffer({ offer }: { offer: OfferView }) {
  const { t } = useTranslation("employerPortal");
  const editable = isOfferEditable(offer.status);
  const showsCandidates = offer.status === "published" || offer.status === "filled" || offer.status === "closed";
  return (
    <PortalPage
      title={offer.title}
      description={<OfferStatusBadge status={offer.status} />}
      back={<BackLink to="/employer/offers" label={t("offers.title")} />}
    >
      <Stack gap="lg">
        <Paper component="section" aria-label={t("offer.whereItStands")}>
          <Stack gap="md">
            <Alert color="olive" variant="light" icon={<IconInfoCircle aria-hidden />}>
              {t(`offer.explain.${offer.status}`)}
            </Alert>
            <OfferLifecycleStepper status={offer.status} />
            <Stack gap="sm">
              {editable && (
                <ButtonLink
                  to="/employer/offers/$offerId/edit"
                  params={{ offerId: offer.id }}
                  size="lg"
                  variant="default"
                  leftSection={<IconPencil size={20} aria-hidden />}
                  fullWidth
                >
                  {t("offer.edit")}
                </ButtonLink>
              )}
              <OfferTransitionActions offer={offer} size="lg" fullWidth />
              {showsCandidates && (
                <Group grow>
                  <ButtonLink
                    to="/employer/candidates"
                    search={{ offerId: offer.id }}
                    size="lg"
                    variant="light"
                    leftSection={<IconUsers size={20} aria-hidden />}
                  >
                    {t("offer.candidates")}
                  </ButtonLink>
                </Group>
              )}
            </Stack>
          </Stack>
        </Paper>
        {offer.status !== "closed" && <OfferCheckPanel offerId={offer.id} />}
        <OfferFacts offer={offer} />
      </Stack>
    </PortalPage>
  );
}
