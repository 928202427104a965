import { Skeleton, Text } from "@mantine/core";
import { IconChecklist, IconChevronRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useCorrectiveActionList } from "../../../api/inspections.js";
import { ButtonLink } from "../../../components/router-links.js";
import { HomeCard } from "../home-card.js";

/** The home page's card of the corrective actions: how many are still to answer, how many are late. */
export function CorrectiveActionsHomeCard() {
  const { t } = useTranslation("inspections");
  const open = useCorrectiveActionList({ status: "open", page: 1, pageSize: 1 });
  const late = useCorrectiveActionList({ overdue: "true", page: 1, pageSize: 1 });
  const loaded = open.data && late.data;
  return (
    <HomeCard
      icon={IconChecklist}
      title={t("portal.title")}
      actions={
        <ButtonLink
          to="/employer/corrective-actions"
          size="lg"
          variant={open.data?.total ? "filled" : "default"}
          rightSection={<IconChevronRight size={20} aria-hidden className="mirror-in-rtl" />}
          fullWidth
        >
          {t("portal.open")}
        </ButtonLink>
      }
    >
      {loaded ? (
        <Text size="lg">
          {t("portal.toAnswer", { count: open.data.total })}
          {late.data.total > 0 && ` ${t("portal.late", { count: late.data.total })}`}
        </Text>
      ) : open.isError || late.isError ? (
        <Text size="lg">{t("portal.unavailable")}</Text>
      ) : (
        <Skeleton height={20} width="70%" radius="sm" my={4} />
      )}
    </HomeCard>
  );
}
