import { List, Text } from "@mantine/core";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { WorkerChain } from "../../api/season-plans.js";
import { useEscoLabelOf } from "../../components/esco-label.js";
import { formatNumber } from "../../components/money.js";
import { useRegionName } from "../../components/region-name.js";
import { formatKm } from "./format-km.js";
import { dayNumber } from "./timeline-layout.js";

type ChainJob = WorkerChain["jobs"][number];

function JobItem({ job, index, previous }: { job: ChainJob; index: number; previous: ChainJob | undefined }) {
  const { t, i18n } = useTranslation("planning");
  const occupationOf = useEscoLabelOf("occupations", [job.offer.occupationUri]);
  const region = useRegionName(job.offer.regionCode) ?? job.offer.regionCode;
  const number = (value: number) => formatNumber(Math.round(value), i18n.language);
  const idleBefore = previous ? dayNumber(job.offer.startDate) - dayNumber(previous.offer.endDate) - 1 : 0;
  return (
    <List.Item>
      <Text size="sm" fw={600}>
        {t("chain.jobNumber", { number: number(index + 1), occupation: occupationOf(job.offer.occupationUri) })}
      </Text>
      <Text size="sm">
        {t("chain.jobWhereWhen", {
          employer: job.offer.employerName,
          site: job.offer.siteName,
          region,
          start: dayjs(job.offer.startDate).format("ll"),
          end: dayjs(job.offer.endDate).format("ll"),
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {t(previous ? "chain.travelFromPrevious" : "chain.travelFromHome", { distance: formatKm(job.travelKmFromPrevious, i18n.language) })}
        {idleBefore > 0 && t("listSeparator", { ns: "common" })}
        {idleBefore > 0 && t("chain.idleBefore", { count: idleBefore, days: number(idleBefore) })}
      </Text>
    </List.Item>
  );
}

/**
 * The chain in words, in order: what, where, when, how far from the job before (the first: from the worker's home)
 * and how many idle days between.
 */
export function ChainList({ chain }: { chain: WorkerChain }) {
  const { t } = useTranslation("planning");
  if (chain.jobs.length === 0) return <Text c="dimmed">{t("chain.empty")}</Text>;
  return (
    <List spacing="sm" listStyleType="none">
      {chain.jobs.map((job, index) => (
        <JobItem key={`${job.offer.id}-${job.offer.startDate}`} job={job} index={index} previous={chain.jobs[index - 1]} />
      ))}
    </List>
  );
}
