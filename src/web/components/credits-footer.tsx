import { Box, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "./router-links.js";

/** The credits the ESCO and GISCO terms ask for, on every page; the About page has them in full. */
export function CreditsFooter() {
  const { t } = useTranslation();
  return (
    <Box component="footer" py="md" px="md" mt="xl" style={{ borderBlockStart: "1px solid var(--mantine-color-gray-3)" }}>
      <Text size="xs" c="dimmed" ta="center">
        {t("credits.line")}{" "}
        <AnchorLink to="/about" size="xs" underline="always">
          {t("credits.more")}
        </AnchorLink>
      </Text>
    </Box>
  );
}
