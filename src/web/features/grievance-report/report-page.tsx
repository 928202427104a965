import { Alert, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { IconListSearch, IconShieldLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/router-links.js";
import { ReportFlow } from "./report-flow.js";

/** "/report": anyone reports a problem at work, without an account, in their language. */
export function ReportPage() {
  const { t } = useTranslation("grievanceReport");
  useDocumentTitle(t("documentTitle", { ns: "common", page: t("report.title") }));
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1} fz={32}>
          {t("report.title")}
        </Title>
        <Alert color="olive" variant="light" icon={<IconShieldLock aria-hidden />}>
          <Text fz="lg">{t("report.safe")}</Text>
        </Alert>
        <AnchorLink to="/report/follow" fz="lg" style={{ display: "inline-flex", alignItems: "center", gap: 8, minHeight: 44 }}>
          <IconListSearch size={22} aria-hidden />
          {t("report.alreadyReported")}
        </AnchorLink>
      </Stack>
      <ReportFlow reporter={{ kind: "public" }} />
    </Stack>
  );
}
