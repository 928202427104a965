import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { planTotals } from "../../../core/planning/plan-schemas.js";
import { formatNumber } from "../../components/money.js";

type PlanTotalsValue = z.infer<typeof planTotals>;

/** The run's figures at a glance; with chains, the idle days of the plan against those of first come, first served. */
export function PlanTotals({ totals, chaining }: { totals: PlanTotalsValue; chaining: boolean }) {
  const { t, i18n } = useTranslation("planning");
  const number = (value: number) => formatNumber(Math.round(value), i18n.language);
  const figures = [
    { key: "workers", value: number(totals.workers) },
    { key: "offers", value: number(totals.offers) },
    { key: "positions", value: number(totals.positions) },
    { key: "assigned", value: number(totals.assigned) },
    { key: "objective", value: number(totals.objective) },
    ...(chaining
      ? [
          { key: "chainedWorkers", value: number(totals.chainedWorkers) },
          { key: "idleDaysPlanned", value: number(totals.idleDaysPlanned) },
          { key: "idleDaysFirstCome", value: number(totals.idleDaysFirstCome) },
        ]
      : []),
  ];
  return (
    <section aria-label={t("totals.label")}>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
        {figures.map((figure) => (
          <Paper key={figure.key} p="md">
            <Text component="dt" size="sm" c="dimmed">
              {t(`totals.${figure.key}`)}
            </Text>
            <Text component="dd" m={0} fw={700} size="xl">
              {figure.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {chaining && totals.idleDaysFirstCome > 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          {t("totals.idleNote", { planned: number(totals.idleDaysPlanned), firstCome: number(totals.idleDaysFirstCome) })}
        </Text>
      )}
    </section>
  );
}
