import { Paper, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SeasonPlan } from "../../api/season-plans.js";

/** A run at work: how far it is, and the stage in words (screen readers hear the stage change, not every percent). */
export function PlanProgress({ plan }: { plan: SeasonPlan }) {
  const { t, i18n } = useTranslation("planning");
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent" }).format(plan.progress);
  const stage = plan.status === "queued" || plan.stage === null ? t("progress.queued") : t(`stage.${plan.stage}`);
  return (
    <Paper p="lg" component="section" aria-label={t("progress.label")}>
      <Stack gap="sm">
        <Text fw={600} aria-live="polite">
          {stage}
        </Text>
        <Progress.Root size="xl" aria-hidden>
          <Progress.Section value={plan.progress * 100} animated striped>
            <Progress.Label>{percent}</Progress.Label>
          </Progress.Section>
        </Progress.Root>
        <Text size="sm" c="dimmed">
          {t("progress.hint", { percent })}
        </Text>
      </Stack>
    </Paper>
  );
}
