import { Group, Progress, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber } from "./money.js";

/** A match score (0–100) as its number and a short bar; the bar is decoration, the number is what is read. */
export function ScoreBar({ score }: { score: number }) {
  const { i18n } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Text fw={600} miw={24} ta="end">
        {formatNumber(score, i18n.language)}
      </Text>
      <Progress value={score} w={50} size="sm" aria-hidden color={score >= 70 ? "olive" : score >= 40 ? "yellow.6" : "gray"} />
    </Group>
  );
}
