import { Group, Skeleton, Text } from "@mantine/core";
import { IconChevronRight, IconShieldCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useVettingFile } from "../../../api/vetting.js";
import { ButtonLink } from "../../../components/router-links.js";
import { VettingStatusBadge } from "../../../components/vetting/vetting-status-badge.js";
import { HomeCard } from "../home-card.js";

/** The home page's card of the vetting file: its status, and whether anything is still missing. */
export function VettingHomeCard({ employerId }: { employerId: string }) {
  const { t } = useTranslation("vetting");
  const file = useVettingFile(employerId);
  return (
    <HomeCard
      icon={IconShieldCheck}
      title={t("portal.title")}
      actions={
        <ButtonLink
          to="/employer/vetting"
          size="lg"
          variant={file.data && !file.data.completeness.complete ? "filled" : "default"}
          rightSection={<IconChevronRight size={20} aria-hidden className="mirror-in-rtl" />}
          fullWidth
        >
          {t("portal.open")}
        </ButtonLink>
      }
    >
      {file.data ? (
        <Group gap="sm" wrap="wrap">
          <VettingStatusBadge status={file.data.status} />
          <Text size="lg">{file.data.completeness.complete ? t("portal.complete") : t("portal.incomplete")}</Text>
        </Group>
      ) : file.isError ? (
        <Text size="lg">{t("portal.unavailable")}</Text>
      ) : (
        <Skeleton height={20} width="70%" radius="sm" my={4} />
      )}
    </HomeCard>
  );
}
