import { Badge } from "@mantine/core";
import { IconAlarm, IconAlertTriangle, IconCircleCheck, IconClockExclamation } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { Breach } from "../../../core/breaches/breach-schemas.js";

const LOOK = {
  pending: { color: "yellow", Icon: IconAlarm },
  overdue: { color: "red", Icon: IconAlertTriangle },
  reported_in_time: { color: "olive", Icon: IconCircleCheck },
  reported_late: { color: "orange", Icon: IconClockExclamation },
} as const;

/** Where a breach stands against the 72 hours to tell the supervisory authority (GDPR art. 33(1)). */
export function AuthorityNoticeBadge({ breach }: { breach: Pick<Breach, "authorityNotice" | "authorityDeadline"> }) {
  const { t } = useTranslation("breaches");
  const { color, Icon } = LOOK[breach.authorityNotice];
  const deadline = dayjs(breach.authorityDeadline);
  return (
    <Badge color={color} variant="light" leftSection={<Icon size={14} aria-hidden />} title={deadline.format("LLL")}>
      {t(`notice.${breach.authorityNotice}`, { deadline: deadline.format("lll"), relative: deadline.fromNow() })}
    </Badge>
  );
}
