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

/** `mirrored`: the icon points somewhere (back), so it points the other way in right-to-left languages. */
export const REFERRAL_STAGE_LOOK: Record<ReferralStage, { color: string; Icon: Icon; mirrored?: boolean }> = {
  proposed: { color: "blue", Icon: IconMessageQuestion },
  worker_declined: { color: "gray", Icon: IconThumbDown },
  referred: { color: "cyan", Icon: IconUserShare },
  interview: { color: "violet", Icon: IconCalendarEvent },
  hired: { color: "olive", Icon: IconRosetteDiscountCheck },
  declined: { color: "red", Icon: IconCircleX },
  withdrawn: { color: "dark", Icon: IconArrowBackUp, mirrored: true },
};

/** A candidacy's stage in colour, icon and word together, so it reads without colour vision. */
export function ReferralStageBadge({ stage, size = "md" }: { stage: ReferralStage; size?: MantineSize }) {
  const { t } = useTranslation();
  const { color, Icon, mirrored } = REFERRAL_STAGE_LOOK[stage];
  return (
    <Badge
      color={color}
      variant="light"
      size={size}
      leftSection={<Icon size={14} aria-hidden className={mirrored ? "mirror-in-rtl" : undefined} />}
      tt="none"
      // Some languages name a stage in five words: the badge wraps in a narrow column rather than cutting them.
      styles={{
        root: { height: "auto", minHeight: "var(--badge-height)", maxWidth: "100%", paddingBlock: 2 },
        label: { whiteSpace: "normal", overflow: "visible" },
      }}
    >
      {t(`referralStage.${stage}`, { ns: "codes" })}
    </Badge>
  );
}
