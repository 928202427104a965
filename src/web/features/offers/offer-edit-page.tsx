import { notifications } from "@mantine/notifications";
import { IconCheck } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isOfferEditable } from "../../../core/offers/offer-lifecycle.js";
import { type OfferView, useOffer, useUpdateOffer } from "../../api/offers.js";
import { BackLink } from "../../components/back-link.js";
import { OfferForm } from "../../components/offer-form/offer-form.js";
import { offerFormValuesOf, toOfferPatch } from "../../components/offer-form/offer-form-values.js";
import { OfferNotEditable } from "../../components/offer-not-editable.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";

const route = getRouteApi("/staff/offers/$offerId/edit");

export function OfferEditPage() {
  const { offerId } = route.useParams();
  const offer = useOffer(offerId);
  if (offer.isPending) return <PageLoading rows={12} />;
  if (offer.isError) return <PageError error={offer.error} onRetry={() => void offer.refetch()} />;
  // Keyed by version: after a save elsewhere and a reload, the form starts again from what is stored.
  return <EditOffer key={offer.data.version} offer={offer.data} />;
}

function EditOffer({ offer }: { offer: OfferView }) {
  const { t } = useTranslation("offers");
  const navigate = useNavigate();
  const update = useUpdateOffer(offer.id);
  const toDetail = () => void navigate({ to: "/staff/offers/$offerId", params: { offerId: offer.id } });
  const back = <BackLink to="/staff/offers/$offerId" params={{ offerId: offer.id }} label={offer.title} />;
  if (!isOfferEditable(offer.status)) {
    return (
      <>
        <PageHeader title={t("edit.title", { title: offer.title })} back={back} />
        <OfferNotEditable offer={offer} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("edit.title", { title: offer.title })} description={offer.employerName} back={back} />
      <OfferForm
        initialValues={offerFormValuesOf(offer)}
        employerMode="fixed"
        submitLabel={t("edit.submit")}
        saving={update.isPending}
        saveError={update.error}
        onCancel={toDetail}
        onSave={(input) =>
          update.mutate(
            { patch: toOfferPatch(input), version: offer.version },
            {
              onSuccess: () => {
                notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("edit.done") });
                toDetail();
              },
            },
          )
        }
      />
    </>
  );
}
