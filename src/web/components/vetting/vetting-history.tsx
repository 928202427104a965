import { Text, Timeline } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { VettingFile } from "../../../core/vetting/vetting-schemas.js";
import { DateText } from "../date-text.js";
import { EmptyState } from "../page-states.js";
import { SectionCard } from "../section-card.js";

/** Every status the file has had, oldest first: who decided, when, and why. */
export function VettingHistory({ history }: { history: VettingFile["history"] }) {
  const { t } = useTranslation("vetting");
  return (
    <SectionCard title={t("history.title")}>
      {history.length === 0 ? (
        <EmptyState icon={<IconHistory size={32} aria-hidden />} title={t("history.emptyTitle")} description={t("history.emptyHint")} />
      ) : (
        <Timeline active={history.length - 1} bulletSize={20} lineWidth={2}>
          {history.map((event) => (
            <Timeline.Item
              key={event.id}
              title={
                event.fromStatus === null
                  ? t("history.opened")
                  : t("history.moved", { from: t(`status.${event.fromStatus}`), to: t(`status.${event.toStatus}`) })
              }
            >
              <Text size="sm" c="dimmed">
                <DateText value={event.at} format="lll" />
                {" · "}
                {t("history.by", { name: event.byName ?? t("history.someone"), role: t(`role.${event.byRole}`, { ns: "codes" }) })}
              </Text>
              {event.note !== "" && (
                <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                  {event.note}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </SectionCard>
  );
}
