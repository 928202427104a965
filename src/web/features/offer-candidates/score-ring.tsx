import { Badge, RingProgress, Text } from "@mantine/core";
import { IconBan } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../components/money.js";

/** The score out of 100 as a ring with the number inside; an excluded candidate has no score, only the word. */
export function ScoreRing({ score, eligible }: { score: number; eligible: boolean }) {
  const { t, i18n } = useTranslation("referrals");
  if (!eligible) {
    return (
      <Badge color="red" variant="light" size="lg" leftSection={<IconBan size={14} aria-hidden />}>
        {t("candidates.excluded")}
      </Badge>
    );
  }
  return (
    <RingProgress
      size={64}
      thickness={7}
      roundCaps
      sections={[{ value: score, color: score >= 70 ? "olive" : score >= 40 ? "yellow.6" : "gray" }]}
      label={
        <Text ta="center" fw={700} size="md" aria-hidden>
          {formatNumber(score, i18n.language)}
        </Text>
      }
      role="img"
      aria-label={t("candidates.score", { score: formatNumber(score, i18n.language) })}
    />
  );
}
