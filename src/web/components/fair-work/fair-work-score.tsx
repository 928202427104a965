import { Badge, Group, Paper, RingProgress, Stack, Table, Text, Title } from "@mantine/core";
import { IconCircleCheck, IconHandStop } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FairWorkView } from "../../../core/fair-work/fair-work-schemas.js";
import { formatNumber } from "../money.js";

type Item = FairWorkView["items"][number];
type Hold = FairWorkView["holds"][number];

const SEVERITIES = ["low", "medium", "high", "critical"] as const;

/** The numbers an item's sentence needs, formatted in the reader's language. */
function itemParams(item: Item, language: string): Record<string, string> {
  const format = (value: number) => formatNumber(value, language);
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...item.counts, ...item.params })) {
    params[key] = typeof value === "number" ? format(value) : value;
  }
  if (item.code === "grievances") {
    const sum = (suffix: "Recent" | "Older") => SEVERITIES.reduce((total, s) => total + (item.counts[`${s}${suffix}`] ?? 0), 0);
    params.recent = format(sum("Recent"));
    params.older = format(sum("Older"));
  }
  return params;
}

/** One line of the explanation: what was counted, in words, and the points it gave. */
function ItemSentence({ item }: { item: Item }) {
  const { t, i18n } = useTranslation("fairWork");
  const params = itemParams(item, i18n.language);
  if (item.code === "vetting") return <>{t("item.vetting", { status: t(`vettingStatus.${item.params.status}`) })}</>;
  if (item.code === "checkInsNotEnough") {
    return (
      <>
        {t("item.checkInsNotEnough", params)}
        {item.counts.answers !== undefined && (
          <Text span c="dimmed" size="sm">
            {" "}
            {t("item.answersSoFar", params)}
          </Text>
        )}
      </>
    );
  }
  if (item.code === "grievances") {
    const bySeverity = SEVERITIES.filter((s) => (item.counts[`${s}Recent`] ?? 0) + (item.counts[`${s}Older`] ?? 0) > 0);
    return (
      <Stack gap={4}>
        <span>{t("item.grievances", params)}</span>
        {bySeverity.length > 0 && (
          <Group gap={4}>
            {bySeverity.map((severity) => (
              <Badge key={severity} variant="light" color="gray" tt="none">
                {t("severityCount", {
                  severity: t(`severity.${severity}`, { ns: "grievanceCodes" }),
                  value: formatNumber((item.counts[`${severity}Recent`] ?? 0) + (item.counts[`${severity}Older`] ?? 0), i18n.language),
                })}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    );
  }
  return <>{t(`item.${item.code}`, params)}</>;
}

/** Points with their sign: +10, −5, 0. */
function Points({ points }: { points: number }) {
  const { i18n } = useTranslation();
  const text = new Intl.NumberFormat(i18n.language, { signDisplay: "exceptZero" }).format(points);
  return (
    <Text fw={700} c={points > 0 ? "olive.8" : points < 0 ? "red.8" : "dimmed"} className="ltr-text" ta="end">
      {text}
    </Text>
  );
}

/** Each item of the score with its points, and the total. */
export function FairWorkItems({ view }: { view: FairWorkView }) {
  const { t, i18n } = useTranslation("fairWork");
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table verticalSpacing="sm" aria-label={t("items.label")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("items.what")}</Table.Th>
            <Table.Th ta="end">{t("items.points")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.items.map((item) => (
            <Table.Tr key={item.code}>
              <Table.Td>
                <ItemSentence item={item} />
              </Table.Td>
              <Table.Td>
                <Points points={item.points} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t("items.total")}</Table.Th>
            <Table.Th ta="end">{formatNumber(view.score, i18n.language)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The score as a ring, the bar, and whether the employer is matched, in words (never colour alone). */
export function FairWorkHeadline({ view, audience }: { view: FairWorkView; audience: "staff" | "employer" }) {
  const { t, i18n } = useTranslation("fairWork");
  const score = formatNumber(view.score, i18n.language);
  return (
    <Group gap="lg" wrap="nowrap" align="center">
      <RingProgress
        size={96}
        thickness={9}
        roundCaps
        sections={[{ value: view.score, color: view.belowBar ? "red.6" : view.score >= 70 ? "olive" : "yellow.6" }]}
        label={
          <Text ta="center" fw={700} size="xl" aria-hidden>
            {score}
          </Text>
        }
        role="img"
        aria-label={t("score.aria", { score })}
      />
      <Stack gap={4}>
        <Title order={2} size="h4">
          {t("score.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("score.bar", { bar: formatNumber(view.bar, i18n.language) })}
        </Text>
        {view.matchable ? (
          <Badge color="olive" variant="light" size="lg" tt="none" leftSection={<IconCircleCheck size={16} aria-hidden />}>
            {t(`matchable.${audience}`)}
          </Badge>
        ) : (
          <Badge color="red" variant="light" size="lg" tt="none" leftSection={<IconHandStop size={16} aria-hidden />}>
            {t(`notMatchable.${audience}`)}
          </Badge>
        )}
      </Stack>
    </Group>
  );
}

/** Why matching is stopped: each hold, and the bar when the score is under it. */
export function FairWorkHolds({
  view,
  audience,
  holdAction,
}: {
  view: FairWorkView;
  audience: "staff" | "employer";
  /** The staff's action on a hold (the coordinator's review). */
  holdAction?: (hold: Hold) => ReactNode;
}) {
  const { t, i18n } = useTranslation("fairWork");
  if (view.holds.length === 0 && !view.belowBar) return null;
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-red-light)" component="section" aria-labelledby="fair-work-holds">
      <Stack gap="sm">
        <Group gap="xs">
          <IconHandStop size={22} aria-hidden color="var(--mantine-color-red-8)" />
          <Title order={3} size="h5" id="fair-work-holds">
            {t(`holds.title.${audience}`)}
          </Title>
        </Group>
        {view.holds.map((hold, index) => (
          <Group key={hold.grievanceId ?? `${hold.code}-${index}`} justify="space-between" gap="sm" wrap="wrap">
            <Stack gap={2} style={{ flex: "1 1 240px" }}>
              <Text>{t(`holds.${hold.code}.${audience}`)}</Text>
              {hold.reference && (
                <Text size="sm" c="dimmed">
                  {t("holds.grievanceRef", {
                    reference: hold.reference,
                    severity: hold.severity ? t(`severity.${hold.severity}`, { ns: "grievanceCodes" }) : "",
                  })}
                </Text>
              )}
            </Stack>
            {holdAction?.(hold)}
          </Group>
        ))}
        {view.belowBar && <Text>{t(`holds.belowBar.${audience}`, { bar: formatNumber(view.bar, i18n.language) })}</Text>}
      </Stack>
    </Paper>
  );
}
