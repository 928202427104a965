import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CorrectiveAction, Inspection } from "../../api/inspections.js";

const QUEUE_COLOURS: Record<Inspection["queue"], string> = {
  overdue: "red",
  today: "orange",
  upcoming: "blue",
  in_progress: "grape",
  completed: "green",
  cancelled: "gray",
};

/** Where a visit stands: overdue, today, upcoming, under way, done or cancelled. */
export function InspectionQueueBadge({ visit }: { visit: Pick<Inspection, "queue"> }) {
  const { t } = useTranslation("inspections");
  return (
    <Badge color={QUEUE_COLOURS[visit.queue]} variant="light" tt="none">
      {t(`queue.${visit.queue}`)}
    </Badge>
  );
}

const ACTION_COLOURS: Record<CorrectiveAction["status"], string> = {
  open: "blue",
  answered: "grape",
  verified: "green",
  not_done: "red",
  cancelled: "gray",
};

/** An item of a corrective action plan: its status, and "overdue" when its due date has passed. */
export function CorrectiveActionBadges({ action }: { action: Pick<CorrectiveAction, "status" | "overdue"> }) {
  const { t } = useTranslation("inspections");
  return (
    <>
      <Badge color={ACTION_COLOURS[action.status]} variant="light" tt="none">
        {t(`actionStatus.${action.status}`)}
      </Badge>
      {action.overdue && (
        <Badge color="red" variant="filled" tt="none">
          {t("actionOverdue")}
        </Badge>
      )}
    </>
  );
}
