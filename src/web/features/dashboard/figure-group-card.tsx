import { Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../components/money.js";
import { figureLabelKey, orderedEntries } from "./dashboard-labels.js";

/** A group of counts (offers by status, referrals by stage) as labelled bars of one total. */
export function FigureGroupCard({ group, entries }: { group: string; entries: Record<string, number> }) {
  const { t, i18n } = useTranslation();
  const total = Object.values(entries).reduce((sum, value) => sum + value, 0);
  return (
    <Paper component="section" aria-label={t(figureLabelKey(group))}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t(figureLabelKey(group))}
          </Title>
          <Text fw={700}>{formatNumber(total, i18n.language)}</Text>
        </Group>
        {Object.keys(entries).length === 0 ? (
          <Text c="dimmed">{t("dashboard.nothingYet")}</Text>
        ) : (
          orderedEntries(group, entries).map(([entry, value]) => (
            <Stack key={entry} gap={4}>
              <Group justify="space-between">
                <Text size="sm">{t(figureLabelKey(group, entry), { defaultValue: entry })}</Text>
                <Text size="sm" fw={600}>
                  {formatNumber(value, i18n.language)}
                </Text>
              </Group>
              <Progress value={total === 0 ? 0 : (value / total) * 100} size="sm" aria-hidden />
            </Stack>
          ))
        )}
      </Stack>
    </Paper>
  );
}
