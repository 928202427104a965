import { notifications } from "@mantine/notifications";
import { IconCheck } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCreateOffer } from "../../api/offers.js";
import { BackLink } from "../../components/back-link.js";
import { OfferForm } from "../../components/offer-form/offer-form.js";
import { emptyOfferForm } from "../../components/offer-form/offer-form-values.js";
import { PageHeader } from "../../components/page-header.js";

const route = getRouteApi("/staff/offers/new");

export function OfferCreatePage() {
  const { t } = useTranslation("offers");
  const navigate = useNavigate();
  const { employerId } = route.useSearch();
  const create = useCreateOffer();
  const [initialValues] = useState(() => emptyOfferForm(employerId ?? null));
  return (
    <>
      <PageHeader
        title={t("create.title")}
        description={t("create.description")}
        back={<BackLink to="/staff/offers" label={t("list.title")} />}
      />
      <OfferForm
        initialValues={initialValues}
        employerMode="choose"
        submitLabel={t("create.submit")}
        saving={create.isPending}
        saveError={create.error}
        onCancel={() => void navigate({ to: "/staff/offers" })}
        onSave={(input) =>
          create.mutate(input, {
            onSuccess: (offer) => {
              notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("create.done", { title: offer.title }) });
              void navigate({ to: "/staff/offers/$offerId", params: { offerId: offer.id } });
            },
          })
        }
      />
    </>
  );
}
