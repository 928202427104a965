import { notifications } from "@mantine/notifications";
import { IconCheck } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isOfferEditable } from "../../../../core/offers/offer-lifecycle.js";
import { type OfferView, useOffer, useUpdateOffer } from "../../../api/offers.js";
import { BackLink } from "../../../components/back-link.js";
import { OfferForm } from "../../../components/offer-form/offer-form.js";
import { offerFormValuesOf, toOfferPatch } from "../../../components/offer-form/offer-form-values.js";
import { OfferNotEditable } from "../../../components/offer-not-editable.js";
import { PageError, PageLoading } from "../../../components/page-states.js";
import { PortalPage } from "../portal-page.js";

const route = getRouteApi("/employer/offers/$offerId/edit");

export function MyOfferEditPage() {
  const { t } = useTranslation("employerPortal");
  const { offerId } = route.useParams();
  const offer = useOffer(offerId);
  if (offer.isPending || offer.isError) {
    return (
      <PortalPage title={t("edit.titlePlain")} back={<BackLink to="/employer/offers" label={t("offers.title")} />}>
        {offer.isPending ? <PageLoading rows={12} /> : <PageError error={offer.error} onRetry={() => void offer.refetch()} />}
      </PortalPage>
    );
  }
  // Keyed by version: after a save elsewhere and a reload, the form starts again from what is stored.
  return <EditMyOffer key={offer.data.version} offer={offer.data} />;
}

function EditMyOffer({ offer }: { offer: OfferView }) {
  const { t } = useTranslation("employerPortal");
  const navigate = useNavigate();
  const update = useUpdateOffer(offer.id);
  const toOffer = () => void navigate({ to: "/employer/offers/$offerId", params: { offerId: offer.id } });
  const back = <BackLink to="/employer/offers/$offerId" params={{ offerId: offer.id }} label={offer.title} />;
  return (
    <PortalPage title={t("edit.title", { title: offer.title })} back={back}>
      {isOfferEditable(offer.status) ? (
        <OfferForm
          initialValues={offerFormValuesOf(offer)}
          employerMode="own"
          submitLabel={t("edit.submit")}
          saving={update.isPending}
          saveError={update.error}
          onCancel={toOffer}
          onSave={(input) =>
            update.mutate(
              { patch: toOfferPatch(input), version: offer.version },
              {
                onSuccess: () => {
                  notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("edit.done") });
                  toOffer();
                },
              },
            )
          }
        />
      ) : (
        <OfferNotEditable offer={offer} size="lg" />
      )}
    </PortalPage>
  );
}
