import { Group, List, Text, ThemeIcon } from "@mantine/core";
import { type Icon, IconAlertTriangle, IconBan, IconCircleCheck, IconCircleHalf2, IconCircleMinus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { MatchReasonKind } from "../../core/matching/criteria.js";
import type { MatchReason } from "../../core/matching/match-result.js";
import { useEscoLabelOf } from "./esco-label.js";
import { type ReasonLabels, readableReasonParams, reasonUris } from "./reason-params.js";

/** A reason as the API sends it: the code is any string there, a key of the "matching" namespace. */
export type ReasonLike = Omit<MatchReason, "code"> & { code: string };

/** Colour and icon of each kind; the word for it comes from matching:kind.*, so colour is never the only signal. */
export const REASON_KIND_LOOK: Record<MatchReasonKind, { color: string; icon: Icon }> = {
  excluded: { color: "red", icon: IconBan },
  missing: { color: "gray", icon: IconCircleMinus },
  partial: { color: "orange", icon: IconCircleHalf2 },
  met: { color: "olive", icon: IconCircleCheck },
  warning: { color: "yellow", icon: IconAlertTriangle },
};

// Why someone is excluded comes first, then what to plan for, then the scored criteria.
const KIND_ORDER: readonly MatchReasonKind[] = ["excluded", "warning", "missing", "partial", "met"];

/** The ESCO labels the reasons need (occupations and skills they name), in the reader's language. */
export function useReasonLabels(reasons: readonly ReasonLike[]): ReasonLabels {
  const occupation = useEscoLabelOf("occupations", reasonUris(reasons, "occupationUri"));
  const skill = useEscoLabelOf("skills", reasonUris(reasons, "skillUri"));
  return { occupation, skill };
}

/** Each reason as a sentence, with an icon and a word for its kind (not colour alone) and the points it earned. */
export function MatchReasons({ reasons, labels }: { reasons: readonly ReasonLike[]; labels: ReasonLabels }) {
  const { t, i18n } = useTranslation("matching");
  const sorted = [...reasons].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return (
    <List spacing="xs" center listStyleType="none" aria-label={t("reasons")}>
      {sorted.map((reason) => {
        const look = REASON_KIND_LOOK[reason.kind];
        return (
          <List.Item
            key={`${reason.code}-${JSON.stringify(reason.params)}`}
            icon={
              <ThemeIcon color={look.color} variant="light" size={28} radius="xl" role="img" aria-label={t(`kind.${reason.kind}`)}>
                <look.icon size={16} aria-hidden />
              </ThemeIcon>
            }
          >
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Text size="sm">{t(reason.code, readableReasonParams(reason.code, reason.params, t, i18n.language, labels))}</Text>
              {reason.points !== undefined && reason.maxPoints !== undefined && (
                <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                  {t("points", { points: reason.points, max: reason.maxPoints })}
                </Text>
              )}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
