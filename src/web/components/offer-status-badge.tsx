import { Badge, type MantineSize } from "@mantine/core";
import { type Icon, IconArchive, IconChecklist, IconPencil, IconSend, IconSpeakerphone, IconUsersGroup } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { OfferStatus } from "../../core/offers/offer-lifecycle.js";

export const OFFER_STATUS_LOOK: Record<OfferStatus, { color: string; Icon: Icon }> = {
  draft: { color: "gray", Icon: IconPencil },
  submitted: { color: "blue", Icon: IconSend },
  checked: { color: "cyan", Icon: IconChecklist },
  published: { color: "olive", Icon: IconSpeakerphone },
  filled: { color: "grape", Icon: IconUsersGroup },
  closed: { color: "dark", Icon: IconArchive },
};

/** Colour and icon together, so the status reads without colour vision. */
export function OfferStatusBadge({ status, size = "lg" }: { status: OfferStatus; size?: MantineSize }) {
  const { t } = useTranslation();
  const { color, Icon } = OFFER_STATUS_LOOK[status];
  return (
    <Badge
      color={color}
      variant="light"
      size={size}
      tt="none"
      leftSection={<Icon size={14} aria-hidden />}
      style={{ flexShrink: 0, overflow: "visible" }}
    >
      {t(`offerStatus.${status}`, { ns: "codes" })}
    </Badge>
  );
}
