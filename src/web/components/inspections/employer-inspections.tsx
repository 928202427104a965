import { Group, Stack, Text } from "@mantine/core";
import { IconClipboardCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useInspectionList } from "../../api/inspections.js";
import { DateText } from "../date-text.js";
import { PageError, PageLoading } from "../page-states.js";
import { AnchorLink, ButtonLink } from "../router-links.js";
import { SectionCard } from "../section-card.js";
import { InspectionQueueBadge } from "./inspection-badges.js";

const SHOWN = 5;

/** The employer's latest visits on the employer's page, each opening the visit, with the whole list one tap away. */
export function EmployerInspections({ employerId }: { employerId: string }) {
  const { t } = useTranslation("inspections");
  const visits = useInspectionList({ employerId, page: 1, pageSize: SHOWN });
  const all = (
    <ButtonLink to="/staff/inspections" search={{ employerId }} variant="light" leftSection={<IconClipboardCheck size={18} aria-hidden />}>
      {t("employer.all")}
    </ButtonLink>
  );
  return (
    <SectionCard title={t("employer.title")} actions={all}>
      {visits.isPending ? (
        <PageLoading rows={2} />
      ) : visits.isError ? (
        <PageError error={visits.error} onRetry={() => void visits.refetch()} />
      ) : visits.data.total === 0 ? (
        <Text size="sm" c="dimmed">
          {t("employer.none")}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {visits.data.items.map((visit) => (
            <Group key={visit.id} component="li" justify="space-between" gap="xs" wrap="wrap">
              <AnchorLink to="/staff/inspections/$inspectionId" params={{ inspectionId: visit.id }}>
                {t(`kind.${visit.kind}`)} · <DateText value={visit.scheduledFor} />
              </AnchorLink>
              <InspectionQueueBadge visit={visit} />
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
