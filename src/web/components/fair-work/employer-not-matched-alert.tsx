import { Alert, List } from "@mantine/core";
import { IconHandStop } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useFairWork } from "../../api/fair-work.js";
import { formatNumber } from "../money.js";

/** On an offer's pages: why nobody is matched to it while its employer is on hold or below the fair-work bar. */
export function EmployerNotMatchedAlert({ employerId }: { employerId: string }) {
  const { t, i18n } = useTranslation("fairWork");
  const fairWork = useFairWork(employerId);
  const view = fairWork.data;
  if (!view || view.matchable) return null;
  return (
    <Alert color="red" variant="light" icon={<IconHandStop aria-hidden />} title={t("offerAlert.title")} mb="md">
      <List size="sm" spacing={4}>
        {view.holds.map((hold, index) => (
          <List.Item key={hold.grievanceId ?? `${hold.code}-${index}`}>{t(`holds.${hold.code}.staff`)}</List.Item>
        ))}
        {view.belowBar && (
          <List.Item>
            {t("offerAlert.belowBar", { score: formatNumber(view.score, i18n.language), bar: formatNumber(view.bar, i18n.language) })}
          </List.Item>
        )}
      </List>
    </Alert>
  );
}
