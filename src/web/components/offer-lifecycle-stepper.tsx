import { Stepper } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconArchive, IconUsersGroup } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { OfferStatus } from "../../core/offers/offer-lifecycle.js";
import { OFFER_STATUS_LOOK } from "./offer-status-badge.js";

const STEPS = ["draft", "submitted", "checked", "published"] as const;

/**
 * Where the offer stands on its way: draft → submitted → checked → published → filled or closed. The last step
 * names the end the offer reached, or both ends while it has reached neither. On a phone the steps stack.
 */
export function OfferLifecycleStepper({ status }: { status: OfferStatus }) {
  const { t } = useTranslation("offers");
  const narrow = useMediaQuery("(max-width: 48em)");
  const ended = status === "filled" || status === "closed";
  const active = ended ? STEPS.length + 1 : STEPS.indexOf(status);
  const code = (value: OfferStatus) => t(`offerStatus.${value}`, { ns: "codes" });
  const EndIcon = status === "closed" ? IconArchive : IconUsersGroup;

  return (
    <Stepper
      active={active}
      orientation={narrow ? "vertical" : "horizontal"}
      size="sm"
      color={status === "closed" ? "gray" : undefined}
      aria-label={t("lifecycle.label")}
      allowNextStepsSelect={false}
    >
      {STEPS.map((step, index) => {
        const StepIcon = OFFER_STATUS_LOOK[step].Icon;
        return (
          <Stepper.Step
            key={step}
            label={code(step)}
            description={t(`lifecycle.hint.${step}`)}
            icon={<StepIcon size={18} aria-hidden />}
            aria-current={index === active ? "step" : undefined}
          />
        );
      })}
      <Stepper.Step
        label={ended ? code(status) : t("lifecycle.end")}
        description={t(ended ? `lifecycle.hint.${status}` : "lifecycle.hint.end")}
        icon={<EndIcon size={18} aria-hidden />}
        completedIcon={<EndIcon size={18} aria-hidden />}
        aria-current={ended ? "step" : undefined}
      />
    </Stepper>
  );
}
