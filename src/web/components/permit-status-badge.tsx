import { Badge, Stack, Text } from "@mantine/core";
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

interface PermitStatusBadgeProps {
  status: PermitStatus;
  validUntil?: string | null;
  /** In narrow table cells the end date goes under the badge instead of inside it. */
  stacked?: boolean;
}

/** Colour and icon together, so the status reads without colour vision; the end date is said when there is one. */
export function PermitStatusBadge({ status, validUntil, stacked = false }: PermitStatusBadgeProps) {
  const { t } = useTranslation();
  const { color, Icon } = LOOK[status];
  const label = t(`permitStatus.${status}`, { ns: "codes" });
  const until = validUntil && status !== "none" ? dayjs(validUntil).format("ll") : null;
  const badge = (text: string) => (
    <Badge color={color} variant="light" leftSection={<Icon size={14} aria-hidden />} styles={{ label: { overflow: "visible" } }}>
      {text}
    </Badge>
  );
  if (!stacked) return badge(until ? t("permit.until", { status: label, date: until }) : label);
  return (
    <Stack gap={2} align="flex-start">
      {badge(label)}
      {until && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
          {until}
        </Text>
      )}
    </Stack>
  );
}
