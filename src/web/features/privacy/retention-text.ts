import { useTranslation } from "react-i18next";
import type { Retention } from "../../../core/privacy/data-classification.js";

/** "730 days after the last activity on the file", in the reader's language. */
export function useRetentionText(): (retention: Retention) => string {
  const { t } = useTranslation("privacy");
  return (retention) => t(`retentionRule.${retention.from}`, { days: retention.days ?? 0 });
}
