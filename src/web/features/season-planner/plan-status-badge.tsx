import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SeasonPlan } from "../../api/season-plans.js";

const STATUS_COLOUR: Record<SeasonPlan["status"], string> = { queued: "gray", running: "blue", done: "olive", failed: "red" };

/** Where a run stands, in words (colour is never the only signal); a span, so it may stand inside a sentence. */
export function PlanStatusBadge({ status }: { status: SeasonPlan["status"] }) {
  const { t } = useTranslation("planning");
  return (
    <Badge component="span" color={STATUS_COLOUR[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}
