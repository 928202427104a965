import { Paper, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/me.js";

/** The worker portal's first screen; its inner pages (offers, profile, messages) are added by the portal's own area. */
export function WorkerHomePage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("documentTitle", { page: t("portal.workerTitle") }));
  return (
    <Stack gap="lg">
      <Title order={1}>{t("portal.greeting", { name: me.data?.name ?? "" })}</Title>
      <Paper p="xl">
        <Text size="xl">{me.data?.centreName ? t("portal.workerCentre", { centre: me.data.centreName }) : t("portal.workerWelcome")}</Text>
      </Paper>
    </Stack>
  );
}
