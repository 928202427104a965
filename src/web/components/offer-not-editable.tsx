import { Alert, Stack, Text } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { OfferView } from "../api/offers.js";
import { OfferTransitionActions } from "./offer-transition-actions.js";

/** Only a draft is edited: anything later has been (or is being) checked. Says so, and offers the way back if open. */
export function OfferNotEditable({ offer, size = "md" }: { offer: OfferView; size?: "md" | "lg" }) {
  const { t } = useTranslation("offers");
  const mayGoBack = offer.allowedTransitions.includes("draft");
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconLock aria-hidden />}
      title={t("edit.lockedTitle", { status: t(`offerStatus.${offer.status}`, { ns: "codes" }) })}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t(mayGoBack ? "edit.lockedBackToDraft" : "edit.lockedFinal")}</Text>
        {mayGoBack && <OfferTransitionActions offer={{ ...offer, allowedTransitions: ["draft"] }} size={size} />}
      </Stack>
    </Alert>
  );
}
