import { Alert, Button, Flex } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  type Icon,
  IconAlertTriangle,
  IconArchive,
  IconArrowBackUp,
  IconCheck,
  IconChecklist,
  IconSend,
  IconSpeakerphone,
  IconUsersGroup,
} from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OfferStatus } from "../../core/offers/offer-lifecycle.js";
import { errorMessageKey, isApiError } from "../api/api-error.js";
import { type OfferView, useTransitionOffer } from "../api/offers.js";
import { ConfirmDialog } from "./confirm-dialog.js";
import { OfferProblemList, problemsOfRefusal, type ShownProblem } from "./offer-check-panel.js";

/** The order the buttons appear in: the step forward first, the way back and the way out last. */
const ORDER: readonly OfferStatus[] = ["submitted", "checked", "published", "filled", "draft", "closed"];

const ICONS: Record<OfferStatus, Icon> = {
  draft: IconArrowBackUp,
  submitted: IconSend,
  checked: IconChecklist,
  published: IconSpeakerphone,
  filled: IconUsersGroup,
  closed: IconArchive,
};

/** The label key of a move; publishing a filled offer again reads as re-opening it. */
function moveKey(from: OfferStatus, to: OfferStatus): string {
  return from === "filled" && to === "published" ? "transition.reopen" : `transition.${to}`;
}

/** Moves that end or pause the offer's search for workers are confirmed first; closing cannot be undone. */
const CONFIRMED: readonly OfferStatus[] = ["closed", "filled"];

interface OfferTransitionActionsProps {
  offer: OfferView;
  /** Larger, full-width buttons in the employer portal. */
  size?: "md" | "lg";
  fullWidth?: boolean;
}

/** A button for exactly each move the API says this reader may make now (`allowedTransitions`). */
export function OfferTransitionActions({ offer, size = "md", fullWidth = false }: OfferTransitionActionsProps) {
  const { t } = useTranslation("offers");
  const move = useTransitionOffer(offer.id);
  const [confirming, setConfirming] = useState<OfferStatus | null>(null);
  // A move the labour-rules check refused: what to fix, shown under the buttons until the next try.
  const [refusal, setRefusal] = useState<ShownProblem[]>([]);
  const moves = ORDER.filter((to) => offer.allowedTransitions.includes(to));
  if (moves.length === 0) return null;

  const run = (to: OfferStatus) => {
    setRefusal([]);
    move.mutate(
      { to, version: offer.version },
      {
        onSuccess: (moved) => {
          setConfirming(null);
          notifications.show({
            color: "olive",
            icon: <IconCheck size={18} />,
            message: t("transition.done", { status: t(`offerStatus.${moved.status}`, { ns: "codes" }) }),
          });
        },
        onError: (error) => {
          setConfirming(null);
          if (isApiError(error) && error.code === "offer_check_failed") {
            setRefusal(problemsOfRefusal(error.details));
            return;
          }
          // Someone else moved or edited it: the page reloads the offer, and the buttons follow its new status.
          const message =
            isApiError(error) && error.code === "precondition_failed"
              ? t("transition.conflict")
              : t(errorMessageKey(error), { ns: "errors" });
          notifications.show({ color: "red", message });
        },
      },
    );
  };

  return (
    <>
      {/* In the portal each move is its own full-width row: long labels stay whole on a narrow phone. */}
      <Flex gap="sm" direction={fullWidth ? "column" : "row"} wrap="wrap">
        {moves.map((to) => {
          const MoveIcon = ICONS[to];
          const backward = to === "draft" || to === "closed";
          return (
            <Button
              key={to}
              size={size}
              variant={to === "closed" ? "outline" : backward ? "default" : "filled"}
              color={to === "closed" ? "red" : undefined}
              leftSection={<MoveIcon size={20} aria-hidden />}
              loading={move.isPending && move.variables?.to === to}
              disabled={move.isPending && move.variables?.to !== to}
              onClick={() => (CONFIRMED.includes(to) ? setConfirming(to) : run(to))}
            >
              {t(moveKey(offer.status, to))}
            </Button>
          );
        })}
      </Flex>
      {refusal.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t("labourRules:panel.refused")} role="alert">
          <OfferProblemList problems={refusal} />
        </Alert>
      )}
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming ? t(`transition.confirm.${confirming}.title`) : ""}
        message={confirming ? t(`transition.confirm.${confirming}.message`, { title: offer.title }) : ""}
        confirmLabel={confirming ? t(moveKey(offer.status, confirming)) : ""}
        confirmIcon={confirming === "closed" ? <IconArchive size={18} aria-hidden /> : <IconUsersGroup size={18} aria-hidden />}
        destructive={confirming === "closed"}
        loading={move.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && run(confirming)}
      />
    </>
  );
}
