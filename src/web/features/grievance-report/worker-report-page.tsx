import { Stack, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/me.js";
import { PageLoading } from "../../components/page-states.js";
import { BackButton } from "./back-button.js";
import { ReportFlow } from "./report-flow.js";

/** "/me/report": the worker reports a problem from their portal, signed by default (or anonymous if they choose). */
export function WorkerReportPage() {
  const { t } = useTranslation("grievanceReport");
  const me = useMe();
  useDocumentTitle(t("documentTitle", { ns: "common", page: t("report.title") }));
  const centreId = me.data?.centreId;
  return (
    <Stack gap="xl">
      <BackButton to="/me" label={t("portal.home")} />
      <Title order={1} fz={28}>
        {t("report.title")}
      </Title>
      {centreId ? <ReportFlow reporter={{ kind: "worker", centreId }} /> : <PageLoading rows={4} />}
    </Stack>
  );
}
