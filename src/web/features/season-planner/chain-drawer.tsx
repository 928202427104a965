import { Drawer, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useWorkerChain } from "../../api/season-plans.js";
import { formatNumber } from "../../components/money.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { ChainList } from "./chain-list.js";
import { ChainMap } from "./chain-map.js";
import { ChainTimeline } from "./chain-timeline.js";

interface ChainDrawerProps {
  planId: string;
  /** The worker whose season is open, or null when the drawer is closed. */
  workerId: string | null;
  /** Their name when the drawer was opened from a row (a link opened afresh shows a general title). */
  workerName: string | null;
  season: { start: string; end: string };
  onClose: () => void;
}

function ChainSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** A worker's jobs across the season in the plan: a calendar, a map, and the same in words. */
export function ChainDrawer({ planId, workerId, workerName, season, onClose }: ChainDrawerProps) {
  const { t, i18n } = useTranslation("planning");
  const chain = useWorkerChain(planId, workerId);
  const number = (value: number) => formatNumber(Math.round(value), i18n.language);
  return (
    <Drawer
      opened={workerId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={workerName ? t("chain.titleOf", { name: workerName }) : t("chain.title")}
      closeButtonProps={{ "aria-label": t("action.close", { ns: "common" }) }}
    >
      {chain.isPending ? (
        <PageLoading />
      ) : chain.isError ? (
        <PageError error={chain.error} onRetry={() => void chain.refetch()} />
      ) : (
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {t("chain.separateFromPlacements")}
          </Text>
          <SimpleGrid cols={3} spacing="sm" component="dl" m={0}>
            {(
              [
                ["employedDays", number(chain.data.employedDays)],
                ["idleDays", number(chain.data.idleDays)],
                ["travelKm", number(chain.data.travelKm)],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <Text component="dt" size="sm" c="dimmed">
                  {t(`chain.${key}`)}
                </Text>
                <Text component="dd" m={0} fw={700} size="lg">
                  {value}
                </Text>
              </div>
            ))}
          </SimpleGrid>
          <ChainSection title={t("chain.calendar")}>
            <ChainTimeline chain={chain.data} season={season} />
          </ChainSection>
          <ChainSection title={t("chain.map")}>
            <ChainMap chain={chain.data} />
          </ChainSection>
          <ChainSection title={t("chain.inWords")}>
            <ChainList chain={chain.data} />
          </ChainSection>
        </Stack>
      )}
    </Drawer>
  );
}
