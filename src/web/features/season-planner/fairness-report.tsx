import { SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { fairnessReport, fairnessRow } from "../../../core/planning/plan-schemas.js";
import { formatNumber } from "../../components/money.js";
import { useCountryName } from "../../components/nationality-select.js";
import { SectionCard } from "../../components/section-card.js";

type FairnessRow = z.infer<typeof fairnessRow>;

/** A group whose share of the places is this much below its share of the workers available is pointed out. */
const NOTABLE_GAP = 0.05;
const FIGURES = ["available", "placed", "availableShare", "placedShare"] as const;

function FairnessTable({ caption, rows, groupName }: { caption: string; rows: FairnessRow[]; groupName: (group: string) => string }) {
  const { t, i18n } = useTranslation("planning");
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 });
  return (
    <Table striped withTableBorder captionSide="top" verticalSpacing="xs">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("fairness.group")}</Table.Th>
          {FIGURES.map((figure) => (
            <Table.Th key={figure} scope="col" ta="end">
              {t(`fairness.${figure}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.group}>
            <Table.Th scope="row" fw={500}>
              {groupName(row.group)}
            </Table.Th>
            <Table.Td ta="end">{formatNumber(row.available, i18n.language)}</Table.Td>
            <Table.Td ta="end">{formatNumber(row.placed, i18n.language)}</Table.Td>
            <Table.Td ta="end">{percent.format(row.availableShare)}</Table.Td>
            <Table.Td ta="end" fw={row.availableShare - row.placedShare > NOTABLE_GAP ? 700 : undefined}>
              {percent.format(row.placedShare)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * Who the plan places, by gender and by origin, against who was available. Scores never look at either (a property
 * test checks it); the report shows whether the result still leaves a group behind, e.g. through permits or skills.
 */
export function FairnessReport({ report }: { report: z.infer<typeof fairnessReport> }) {
  const { t } = useTranslation("planning");
  const countryName = useCountryName();
  const gapGroups = [...report.byGender, ...report.byOrigin].filter((row) => row.availableShare - row.placedShare > NOTABLE_GAP);
  const genderName = (group: string) => t(`gender.${group}`, { ns: "codes", defaultValue: t("fairness.unknown") });
  const originName = (group: string) => (/^[A-Z]{2}$/.test(group) ? countryName(group) : t("fairness.unknown"));
  return (
    <SectionCard title={t("fairness.title")} description={t("fairness.description")}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: "start" }}>
          <FairnessTable caption={t("fairness.byGender")} rows={report.byGender} groupName={genderName} />
          <FairnessTable caption={t("fairness.byOrigin")} rows={report.byOrigin} groupName={originName} />
        </SimpleGrid>
        <Text size="sm">{gapGroups.length > 0 ? t("fairness.gapNote") : t("fairness.noGapNote")}</Text>
      </Stack>
    </SectionCard>
  );
}
