import { Paper, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/me.js";

/** The employer portal's first screen; company profile, offers and candidates are added by the portal's own area. */
export function EmployerHomePage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("documentTitle", { page: t("portal.employerTitle") }));
  return (
    <Stack gap="lg">
      <Title order={1}>{t("portal.greeting", { name: me.data?.name ?? "" })}</Title>
      <Paper>
        <Text size="lg">
          {me.data?.centreName ? t("portal.employerCentre", { centre: me.data.centreName }) : t("portal.employerWelcome")}
        </Text>
      </Paper>
    </Stack>
  );
}
