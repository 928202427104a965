import { Accordion, Badge, Group, RingProgress, Stack, Switch, Text } from "@mantine/core";
import { IconBan, IconBriefcaseOff } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type OfferMatch, useWorkerMatches } from "../../../api/worker-matches.js";
import { DateRangeText } from "../../../components/date-text.js";
import { useEscoLabelOf } from "../../../components/esco-label.js";
import { formatCents } from "../../../components/money.js";
import { EmptyState, PageError, PageLoading } from "../../../components/page-states.js";
import { RegionName } from "../../../components/region-name.js";
import { MatchReasons } from "./match-reasons.js";
import type { ReasonLabels } from "./reason-params.js";

function urisIn(matches: readonly OfferMatch[], param: string): string[] {
  return matches.flatMap((match) =>
    match.reasons.map((reason) => reason.params[param]).filter((value): value is string => typeof value === "string"),
  );
}

function ScoreRing({ match }: { match: OfferMatch }) {
  const { t } = useTranslation("matching");
  if (!match.eligible) {
    return (
      <Badge color="red" variant="light" leftSection={<IconBan size={14} aria-hidden />}>
        {t("excluded")}
      </Badge>
    );
  }
  return (
    <RingProgress
      size={56}
      thickness={6}
      roundCaps
      sections={[{ value: match.score, color: match.score >= 70 ? "olive" : match.score >= 40 ? "yellow" : "gray" }]}
      label={
        <Text ta="center" fw={700} size="sm">
          {match.score}
        </Text>
      }
      aria-label={t("score", { score: match.score })}
    />
  );
}

/** Published offers ranked for this worker, each with the reasons behind its score. */
export function WorkerMatches({ workerId }: { workerId: string }) {
  const { t, i18n } = useTranslation("matching");
  const [includeExcluded, setIncludeExcluded] = useState(false);
  const matches = useWorkerMatches(workerId, includeExcluded, true);
  const items = matches.data?.items ?? [];
  const occupation = useEscoLabelOf("occupations", urisIn(items, "occupationUri"));
  const skill = useEscoLabelOf("skills", urisIn(items, "skillUri"));
  const labels: ReasonLabels = { occupation, skill };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text c="dimmed">{t("intro")}</Text>
        <Switch
          label={t("includeExcluded")}
          checked={includeExcluded}
          onChange={(event) => setIncludeExcluded(event.currentTarget.checked)}
        />
      </Group>
      {matches.isPending ? (
        <PageLoading />
      ) : matches.isError ? (
        <PageError error={matches.error} onRetry={() => void matches.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconBriefcaseOff size={32} aria-hidden />}
          title={t("noneTitle")}
          description={t(includeExcluded ? "noneHintAll" : "noneHint")}
        />
      ) : (
        <Accordion variant="separated" multiple defaultValue={items.slice(0, 1).map((match) => match.offer.id)}>
          {items.map((match) => (
            <Accordion.Item key={match.offer.id} value={match.offer.id}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="md">
                  <Stack gap={2}>
                    <Text fw={600}>{match.offer.title}</Text>
                    <Text size="sm" c="dimmed">
                      {t("offerLine", { employer: match.offer.employerName, site: match.offer.siteName })}
                    </Text>
                    <Group gap="md" wrap="wrap">
                      <Text size="sm">
                        <DateRangeText start={match.offer.startDate} end={match.offer.endDate} />
                      </Text>
                      <Text size="sm">
                        <RegionName code={match.offer.regionCode} />
                      </Text>
                      <Text size="sm" fw={600}>
                        {t("pay", {
                          amount: formatCents(match.offer.payAmountCents, i18n.language),
                          unit: t(`payUnit.${match.offer.payUnit}`, { ns: "codes" }),
                        })}
                      </Text>
                      {match.referral && (
                        <Badge variant="outline" size="md">
                          {t(`referralStage.${match.referral.stage}`, { ns: "codes" })}
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                  <ScoreRing match={match} />
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <MatchReasons reasons={match.reasons} labels={labels} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
