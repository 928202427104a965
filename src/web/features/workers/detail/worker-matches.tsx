import { Accordion, Badge, Button, Group, RingProgress, Stack, Switch, Text } from "@mantine/core";
import { IconBan, IconBriefcaseOff, IconChevronDown } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type OfferMatch, useWorkerMatches } from "../../../api/worker-matches.js";
import { DateRangeText } from "../../../components/date-text.js";
import { MatchReasons, useReasonLabels } from "../../../components/match-reasons.js";
import { formatCents, formatNumber } from "../../../components/money.js";
import { EmptyState, PageError, PageLoading } from "../../../components/page-states.js";
import { RegionName } from "../../../components/region-name.js";

const PAGE = 10;

function ScoreRing({ match }: { match: OfferMatch }) {
  const { t, i18n } = useTranslation("matching");
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
          {formatNumber(match.score, i18n.language)}
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
  // Ten at a time: the best ones are what a caseworker acts on; the rest stay one click away.
  const [shown, setShown] = useState(PAGE);
  const labels = useReasonLabels(items.flatMap((match) => match.reasons));

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
          {items.slice(0, shown).map((match) => (
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
      {items.length > shown && (
        <Group justify="center">
          <Button variant="light" leftSection={<IconChevronDown size={18} aria-hidden />} onClick={() => setShown((count) => count + PAGE)}>
            {t("showMore", { count: Math.min(PAGE, items.length - shown) })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
