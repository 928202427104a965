import { Badge } from "@mantine/core";
import { IconCircleCheck, IconCircleX, IconClockExclamation, IconQuestionMark } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { PermitStatus } from "../../core/workers/worker-schemas.js";

const LOOK: Record<PermitStatus, { color: string; Icon: typeof IconCircleCheck }> = {
  valid: { color: "olive", Icon: IconCircleCheck },
  expiring: { color: "orange", Icon: IconClockExclamation },
  expired: { color: "red", Icon: IconCircleX },
  none: { color: "gray", Icon: IconQuestionMark },
};

/** Colour and icon together, so the status reads without colour vision; the end date is said when there is one. */
export function PermitStatusBadge({ status, validUntil }: { status: PermitStatus; validUntil?: string | null }) {
  const { t } = useTranslation();
  const { color, Icon } = LOOK[status];
  const label = t(`permitStatus.${status}`, { ns: "codes" });
  const until = validUntil ? dayjs(validUntil).format("ll") : null;
  return (
    <Badge color={color} variant="light" leftSection={<Icon size={14} aria-hidden />} title={until ?? undefined}>
      {until && status !== "none" ? t("permit.until", { status: label, date: until }) : label}
    </Badge>
  );
}
