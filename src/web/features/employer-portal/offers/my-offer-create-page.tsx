import { notifications } from "@mantine/notifications";
import { IconCheck } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../../api/me.js";
import { useCreateOffer } from "../../../api/offers.js";
import { BackLink } from "../../../components/back-link.js";
import { OfferForm } from "../../../components/offer-form/offer-form.js";
import { emptyOfferForm } from "../../../components/offer-form/offer-form-values.js";
import { PortalPage } from "../portal-page.js";

/** A new offer of the signed-in company, saved as a draft: the employer submits it once it is complete. */
export function MyOfferCreatePage() {
  const { t } = useTranslation("employerPortal");
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateOffer();
  const [initialValues] = useState(() => emptyOfferForm(me.data?.employerId ?? null));
  return (
    <PortalPage
      title={t("create.title")}
      description={t("create.description")}
      back={<BackLink to="/employer/offers" label={t("offers.title")} />}
    >
      <OfferForm
        initialValues={initialValues}
        employerMode="own"
        submitLabel={t("create.submit")}
        saving={create.isPending}
        saveError={create.error}
        onCancel={() => void navigate({ to: "/employer/offers" })}
        onSave={(input) =>
          create.mutate(input, {
            onSuccess: (offer) => {
              notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("create.done") });
              void navigate({ to: "/employer/offers/$offerId", params: { offerId: offer.id } });
            },
          })
        }
      />
    </PortalPage>
  );
}
