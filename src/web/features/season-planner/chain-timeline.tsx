import { Box, Text } from "@mantine/core";
import dayjs from "dayjs";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import type { WorkerChain } from "../../api/season-plans.js";
import { useEscoLabelOf } from "../../components/esco-label.js";
import { formatNumber } from "../../components/money.js";
import { type Span, timelineLayout } from "./timeline-layout.js";

const GRID: CSSProperties = { display: "grid", gridTemplateColumns: "minmax(140px, 28%) 1fr", alignItems: "center", columnGap: 12 };

/** A span placed with logical properties: from the start edge of the track, so right to left needs nothing more. */
function placed(span: Span): CSSProperties {
  return { position: "absolute", insetInlineStart: `${span.start * 100}%`, inlineSize: `${span.size * 100}%`, insetBlock: 4 };
}

function Track({ children, months }: { children?: React.ReactNode; months: Span[] }) {
  return (
    <Box pos="relative" h={36}>
      {months.map((month) => (
        <Box
          key={month.start}
          style={{ ...placed(month), insetBlock: 0, borderInlineStart: "1px solid var(--mantine-color-gray-3)" }}
          aria-hidden
        />
      ))}
      {children}
    </Box>
  );
}

/**
 * The worker's season month by month: a row per job with its bar where its dates fall, and a last row with the idle
 * stretches between jobs. It is a picture; the list beside the map says the same in words.
 */
export function ChainTimeline({ chain, season }: { chain: WorkerChain; season: { start: string; end: string } }) {
  const { t, i18n } = useTranslation("planning");
  const occupationOf = useEscoLabelOf(
    "occupations",
    chain.jobs.map((job) => job.offer.occupationUri),
  );
  const layout = timelineLayout(
    season,
    chain.jobs.map((job) => job.offer),
  );
  const number = (value: number) => formatNumber(value, i18n.language);

  return (
    <Box aria-hidden style={{ overflowX: "auto" }}>
      <Box miw={560}>
        <div style={GRID}>
          <span />
          <Box pos="relative" h={24}>
            {layout.months.map((month) => (
              <Text
                key={month.firstDay}
                data-month={month.firstDay}
                size="xs"
                c="dimmed"
                style={{ ...placed(month), insetBlock: 0, paddingInlineStart: 4, overflow: "hidden", whiteSpace: "nowrap" }}
              >
                {dayjs(month.firstDay).format("MMM")}
              </Text>
            ))}
          </Box>
        </div>
        {chain.jobs.map((job, index) => (
          <div key={`${job.offer.id}-${job.offer.startDate}`} style={GRID}>
            <Box style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} truncate>
                {t("chain.jobNumber", { number: number(index + 1), occupation: occupationOf(job.offer.occupationUri) })}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {job.offer.employerName}
              </Text>
            </Box>
            <Track months={layout.months}>
              <Box
                style={{
                  ...placed(layout.jobs[index] as Span),
                  background: "var(--mantine-color-olive-6)",
                  borderRadius: 4,
                  color: "white",
                  overflow: "hidden",
                  whiteSpace: "nowrap",
                  paddingInline: 6,
                  display: "flex",
                  alignItems: "center",
                }}
              >
                <Text size="xs" fw={700} c="white" truncate>
                  {t("value.dateRange", {
                    ns: "common",
                    start: dayjs(job.offer.startDate).format("D MMM"),
                    end: dayjs(job.offer.endDate).format("D MMM"),
                  })}
                </Text>
              </Box>
            </Track>
          </div>
        ))}
        {layout.idle.length > 0 && (
          <div style={GRID}>
            <Text size="sm" c="dimmed">
              {t("chain.idleRow")}
            </Text>
            <Track months={layout.months}>
              {layout.idle.map((stretch) => (
                <Box
                  key={stretch.from}
                  title={t("chain.idleStretch", { days: number(stretch.days), count: stretch.days })}
                  style={{
                    ...placed(stretch),
                    borderRadius: 4,
                    border: "1px dashed var(--mantine-color-gray-6)",
                    background: "repeating-linear-gradient(45deg, var(--mantine-color-gray-2) 0 6px, transparent 6px 12px)",
                  }}
                />
              ))}
            </Track>
          </div>
        )}
      </Box>
    </Box>
  );
}
