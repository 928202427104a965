import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRegionShapes } from "../../api/region-shapes.js";
import type { WorkerChain } from "../../api/season-plans.js";
import { formatNumber } from "../../components/money.js";
import { RegionMap } from "../../components/region-map.js";
import { regionParts } from "../../components/region-name.js";
import { formatKm } from "./format-km.js";

/** The job sites of a worker's season on a map of their countries' regions, numbered in order, with the km of each leg. */
export function ChainMap({ chain }: { chain: WorkerChain }) {
  const { t, i18n } = useTranslation("planning");
  const countries = chain.jobs.map((job) => regionParts(job.offer.regionCode).country);
  const shapes = useRegionShapes(countries);
  const located = chain.jobs.flatMap((job, index) =>
    job.lat === null || job.lon === null ? [] : [{ lat: job.lat, lon: job.lon, mark: formatNumber(index + 1, i18n.language), job }],
  );
  if (located.length === 0) return <Text c="dimmed">{t("chain.noLocations")}</Text>;
  return (
    <RegionMap
      regions={shapes.data ?? null}
      points={located}
      legLabels={located.map(({ job }) => formatKm(job.travelKmFromPrevious, i18n.language))}
      label={t("chain.mapLabel", { count: located.length, sites: formatNumber(located.length, i18n.language) })}
    />
  );
}
