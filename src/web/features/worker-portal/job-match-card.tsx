import { Alert, Group, List, Paper, Progress, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { type Icon, IconAlertTriangle, IconCircleCheck, IconCircleHalf2, IconMessageCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { OfferMatch } from "../../../core/matching/match-schemas.js";
import { formatNumber } from "../../components/money.js";
import { JobFacts } from "./job-facts.js";
import { fitLevel, type PlainTone, plainReasons } from "./plain-reasons.js";

const TONE_LOOK: Record<PlainTone, { color: string; icon: Icon }> = {
  good: { color: "olive", icon: IconCircleCheck },
  some: { color: "orange", icon: IconCircleHalf2 },
  careful: { color: "yellow", icon: IconAlertTriangle },
};

/** A job that fits the worker but was not proposed yet: how well it fits, why, and what to do to get it. */
export function JobMatchCard({ match }: { match: OfferMatch }) {
  const { t, i18n } = useTranslation("workerPortal");
  const level = fitLevel(match.score);
  const titleId = `job-${match.offer.id}`;
  return (
    <Paper component="article" p="lg" aria-labelledby={titleId}>
      <Stack gap="md">
        <Title order={3} id={titleId} fz={22} lh={1.25}>
          {match.offer.title}
        </Title>
        <Stack gap={6}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text fz="lg" fw={700} c={level === "some" ? "dark" : "olive.8"}>
              {t(`fit.${level}`)}
            </Text>
            <Text fz="lg" fw={700} style={{ whiteSpace: "nowrap" }}>
              {t("fit.score", { score: formatNumber(match.score, i18n.language) })}
            </Text>
          </Group>
          <Progress value={match.score} size="lg" radius="xl" color={level === "some" ? "gray" : "olive"} aria-hidden />
        </Stack>
        <List spacing="xs" listStyleType="none" aria-label={t("fit.why")}>
          {plainReasons(match.reasons).map((reason) => {
            const look = TONE_LOOK[reason.tone];
            return (
              <List.Item
                key={reason.key}
                icon={
                  <ThemeIcon color={look.color} variant="light" size={30} radius="xl" aria-hidden>
                    <look.icon size={20} />
                  </ThemeIcon>
                }
              >
                <Text fz="lg">{t(reason.key)}</Text>
              </List.Item>
            );
          })}
        </List>
        <JobFacts job={match.offer} />
        <Alert color="blue" variant="light" icon={<IconMessageCircle size={24} aria-hidden />} p="sm">
          <Text fz="lg">{t("otherJobs.askCentre")}</Text>
        </Alert>
      </Stack>
    </Paper>
  );
}
