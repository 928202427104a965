import { Group, SimpleGrid, Stack, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import {
  type Icon,
  IconBed,
  IconBedOff,
  IconBuildingWarehouse,
  IconBus,
  IconBusOff,
  IconCalendar,
  IconClock,
  IconCoins,
  IconMapPin,
  IconToolsKitchen2,
  IconToolsKitchen2Off,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DateRangeText } from "../../components/date-text.js";
import { formatCents, formatNumber } from "../../components/money.js";
import { RegionName } from "../../components/region-name.js";
import type { JobDetails } from "./worker-referrals.js";

function Line({ icon: LineIcon, label, children }: { icon: Icon; label: string; children: ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" component="li">
      <LineIcon size={26} aria-hidden color="var(--mantine-color-olive-7)" style={{ flexShrink: 0 }} />
      <Text fz="lg">
        {/* The label is for screen readers; sighted readers have the icon. */}
        <VisuallyHidden>{`${label}: `}</VisuallyHidden>
        {children}
      </Text>
    </Group>
  );
}

/** What comes with the job (housing, transport, meals): an icon and a word each, crossed out when it does not. */
function Extras({ job }: { job: JobDetails }) {
  const { t } = useTranslation("workerPortal");
  const extras: { key: string; yes: boolean; on: Icon; off: Icon }[] = [
    { key: "housing", yes: job.accommodationProvided, on: IconBed, off: IconBedOff },
    { key: "transport", yes: job.transportProvided, on: IconBus, off: IconBusOff },
    { key: "meals", yes: job.mealsProvided, on: IconToolsKitchen2, off: IconToolsKitchen2Off },
  ];
  return (
    <SimpleGrid cols={3} spacing="xs" component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("job.extras")}>
      {extras.map((extra) => {
        const ExtraIcon = extra.yes ? extra.on : extra.off;
        return (
          <Stack key={extra.key} component="li" gap={4} align="center" ta="center">
            <ThemeIcon size={48} radius="xl" variant="light" color={extra.yes ? "olive" : "gray"} aria-hidden>
              <ExtraIcon size={28} />
            </ThemeIcon>
            <Text size="sm" fw={extra.yes ? 600 : 400} c={extra.yes ? undefined : "dimmed"}>
              {t(extra.yes ? `job.${extra.key}Yes` : `job.${extra.key}No`)}
            </Text>
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}

/** A job in a few short lines with big icons: who, where, when, how much, and what comes with it. */
export function JobFacts({ job }: { job: JobDetails }) {
  const { t, i18n } = useTranslation("workerPortal");
  const amount = formatCents(job.payAmountCents, i18n.language);
  return (
    <Stack gap="md">
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
        <Line icon={IconBuildingWarehouse} label={t("job.employer")}>
          {job.employerName}
        </Line>
        <Line icon={IconMapPin} label={t("job.place")}>
          <RegionName code={job.regionCode} />
        </Line>
        <Line icon={IconCalendar} label={t("job.dates")}>
          <DateRangeText start={job.startDate} end={job.endDate} />
        </Line>
        <Line icon={IconCoins} label={t("job.pay")}>
          <Text span fw={700} fz="lg">
            {t(`pay.${job.payUnit}`, { amount })}
          </Text>
        </Line>
        <Line icon={IconClock} label={t("job.hours")}>
          {t("job.hoursPerWeek", { hours: formatNumber(job.hoursPerWeek, i18n.language) })}
        </Line>
      </Stack>
      <Extras job={job} />
    </Stack>
  );
}
