import { Badge, Group, Tooltip, VisuallyHidden } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { REASON_KIND_LOOK, type ReasonLike } from "../../components/match-reasons.js";
import { formatNumber } from "../../components/money.js";
import { summariseCriteria } from "./criteria-summary.js";

/**
 * Every criterion of a candidate in one line: its name, an icon of a different shape per kind (met, partial,
 * missing, excluded) and the points earned. The kind is also said in words to screen readers and on hover.
 */
export function CriteriaChips({ reasons }: { reasons: readonly ReasonLike[] }) {
  const { t, i18n } = useTranslation("referrals");
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <Group gap={6} wrap="wrap" component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("candidates.criteriaLabel")}>
      {summariseCriteria(reasons).map((line) => {
        const look = REASON_KIND_LOOK[line.kind];
        const kindWord = t(`candidates.kind.${line.kind}`);
        return (
          <li key={line.criterion}>
            <Tooltip label={kindWord} withArrow openDelay={300}>
              <Badge
                color={look.color}
                variant="light"
                size="lg"
                tt="none"
                fw={500}
                leftSection={<look.icon size={15} aria-hidden />}
                rightSection={line.warning ? <IconAlertTriangle size={14} aria-label={t("candidates.warningHint")} /> : undefined}
              >
                {t(`criterion.${line.criterion}`, { ns: "matching" })}
                {line.points !== undefined &&
                  line.maxPoints !== undefined &&
                  ` ${t("points", { ns: "matching", points: number(line.points), max: number(line.maxPoints) })}`}
                <VisuallyHidden>{`${t("listSeparator", { ns: "common" })}${kindWord}`}</VisuallyHidden>
              </Badge>
            </Tooltip>
          </li>
        );
      })}
    </Group>
  );
}
