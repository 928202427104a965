import { Box, Group, Text, ThemeIcon } from "@mantine/core";
import { IconPlant2 } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** The product's name and mark; with a centre, the centre's name under it. */
export function Brand({ centreName, compactOnMobile = false }: { centreName?: string | null; compactOnMobile?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap">
      <ThemeIcon size={36} radius="md" variant="filled" aria-hidden>
        <IconPlant2 size={22} />
      </ThemeIcon>
      {/* On a phone the console's header needs the room for the language and the account. */}
      <Box visibleFrom={compactOnMobile ? "sm" : undefined}>
        <Text fw={700} lh={1.2}>
          {t("product")}
        </Text>
        {centreName && (
          <Text size="xs" c="dimmed" lh={1.2} truncate maw={260}>
            {centreName}
          </Text>
        )}
      </Box>
    </Group>
  );
}
