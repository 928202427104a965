import { Group, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** The page's main actions, each with its icon. */
  actions?: ReactNode;
  /** Above the title, e.g. a link back to the list. */
  back?: ReactNode;
}

/** The page's one h1, which also names the browser tab so people with many tabs open find the right one. */
export function PageHeader({ title, description, actions, back }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(t("documentTitle", { page: title }));
  return (
    <Stack gap={4} mb="lg">
      {back}
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {title}
          </Title>
          {description && <Text c="dimmed">{description}</Text>}
        </Stack>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}
