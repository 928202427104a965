import { Badge } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { GrievanceSeverity, GrievanceStatus } from "../../../core/grievances/grievance-codes.js";

const STATUS_COLOURS: Record<GrievanceStatus, string> = {
  received: "blue",
  triaged: "cyan",
  investigating: "violet",
  escalated: "orange",
  resolved: "green",
  closed: "gray",
};

const SEVERITY_COLOURS: Record<GrievanceSeverity, string> = { low: "gray", medium: "yellow", high: "orange", critical: "red" };

export function GrievanceStatusBadge({ status }: { status: GrievanceStatus }) {
  const { t } = useTranslation("grievanceCodes");
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The severity, or "not triaged yet" for a case nobody assessed. */
export function GrievanceSeverityBadge({ severity }: { severity: GrievanceSeverity | null }) {
  const { t } = useTranslation("grievances");
  if (severity === null) {
    return (
      <Badge color="gray" variant="outline">
        {t("severity.none")}
      </Badge>
    );
  }
  return (
    <Badge color={SEVERITY_COLOURS[severity]} variant={severity === "critical" ? "filled" : "light"}>
      {t(`severity.${severity}`, { ns: "grievanceCodes" })}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation("grievances");
  return (
    <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
      {t("overdue")}
    </Badge>
  );
}
