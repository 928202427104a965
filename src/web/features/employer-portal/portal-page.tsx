import { Group, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PortalNav } from "./portal-nav.js";

interface PortalPageProps {
  title: string;
  description?: ReactNode;
  /** Above the title, e.g. a link back to the list. */
  back?: ReactNode;
  /** The page's main action, large, beside the title on a wide screen and under it on a phone. */
  action?: ReactNode;
  children: ReactNode;
}

/** Every page of the employer portal: the portal's navigation, one h1 that also names the tab, and one task. */
export function PortalPage({ title, description, back, action, children }: PortalPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t("documentTitle", { page: title }));
  return (
    <>
      <PortalNav />
      <Stack gap={4} mb="lg">
        {back}
        <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
          <Stack gap={4} style={{ flex: "1 1 260px" }}>
            <Title order={1} size="h2">
              {title}
            </Title>
            {description && <Text c="dimmed">{description}</Text>}
          </Stack>
          {action}
        </Group>
      </Stack>
      {children}
    </>
  );
}
