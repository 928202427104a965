import { Badge, type MantineSize } from "@mantine/core";
import {
  type Icon,
  IconArrowBackUp,
  IconCalendarEvent,
  IconCircleX,
  IconMessageQuestion,
  IconRosetteDiscountCheck,
  IconThumbDown,
  IconUserShare,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ReferralStage } from "../../core/referrals/referral-stages.js";

export const REFERRAL_STAGE_LOOK: Record<ReferralStage, { color: string; Icon: Icon }> = {
  proposed: { color: "blue", Icon: IconMessageQuestion },
  worker_declined: { color: "gray", Icon: IconThumbDown },
  referred: { color: "cyan", Icon: IconUserShare },
  interview: { color: "violet", Icon: IconCalendarEvent },
  hired: { color: "olive", Icon: IconRosetteDiscountCheck },
  declined: { color: "red", Icon: IconCircleX },
  withdrawn: { color: "dark", Icon: IconArrowBackUp },
};

/** A candidacy's stage in colour, icon and word together, so it reads without colour vision. */
export function ReferralStageBadge({ stage, size = "md" }: { stage: ReferralStage; size?: MantineSize }) {
  const { t } = useTranslation();
  const { color, Icon } = REFERRAL_STAGE_LOOK[stage];
  return (
    <Badge color={color} variant="light" size={size} leftSection={<Icon size={14} aria-hidden />} tt="none">
      {t(`referralStage.${stage}`, { ns: "codes" })}
    </Badge>
  );
}
