import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { VettingStatus } from "../../../core/vetting/vetting-codes.js";

const COLORS: Record<VettingStatus, string> = {
  pending: "gray",
  approved: "olive",
  approved_with_conditions: "yellow",
  suspended: "orange",
  rejected: "red",
};

export function VettingStatusBadge({ status, size = "lg" }: { status: VettingStatus; size?: "md" | "lg" | "xl" }) {
  const { t } = useTranslation("vetting");
  return (
    <Badge color={COLORS[status]} variant="light" size={size} tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
}
