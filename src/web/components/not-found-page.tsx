import { Center } from "@mantine/core";
import { IconHome, IconMapQuestion } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "./page-states.js";
import { ButtonLink } from "./router-links.js";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" p="md">
      <EmptyState
        icon={<IconMapQuestion size={32} aria-hidden />}
        title={t("notFound.title")}
        description={t("notFound.description")}
        action={
          <ButtonLink to="/" leftSection={<IconHome size={18} aria-hidden />}>
            {t("notFound.home")}
          </ButtonLink>
        }
      />
    </Center>
  );
}
