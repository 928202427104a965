import { Badge, Group, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { IconChevronRight, IconCircleCheck } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type ComplianceOverview, useComplianceOverview } from "../../api/fair-work.js";
import { type Fact, FactGrid } from "../../components/fact-grid.js";
import { formatNumber } from "../../components/money.js";
import { PageHeader } from "../../components/page-header.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { AnchorLink, ButtonLink } from "../../components/router-links.js";
import { SectionCard } from "../../components/section-card.js";

const SEVERITY_ROWS = ["critical", "high", "medium", "low", "untriaged"] as const;
const chevron = <IconChevronRight size={18} aria-hidden className="mirror-in-rtl" />;

/** A count that asks for attention is shown in red when it is not zero: the word beside it says what it is. */
function Count({ value, urgent = false }: { value: number; urgent?: boolean }) {
  const { i18n } = useTranslation();
  return (
    <Text span fw={700} size="lg" c={urgent && value > 0 ? "red.8" : undefined}>
      {formatNumber(value, i18n.language)}
    </Text>
  );
}

function GrievanceCounts({ grievances }: { grievances: ComplianceOverview["grievances"] }) {
  const { t, i18n } = useTranslation("fairWork");
  return (
    <Table verticalSpacing="xs" aria-label={t("overview.grievances.title")}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("overview.grievances.severity")}</Table.Th>
          <Table.Th ta="end">{t("overview.grievances.open")}</Table.Th>
          <Table.Th ta="end">{t("overview.grievances.overdue")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {SEVERITY_ROWS.map((severity) => (
          <Table.Tr key={severity}>
            <Table.Td>
              {severity === "untriaged" ? t("overview.grievances.untriaged") : t(`severity.${severity}`, { ns: "grievanceCodes" })}
            </Table.Td>
            <Table.Td ta="end">{formatNumber(grievances.open[severity], i18n.language)}</Table.Td>
            <Table.Td ta="end">
              <Count value={grievances.overdue[severity]} urgent />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function AttentionList({ attention }: { attention: ComplianceOverview["attention"] }) {
  const { t, i18n } = useTranslation("fairWork");
  if (attention.length === 0) {
    return (
      <EmptyState
        icon={<IconCircleCheck size={32} aria-hidden />}
        title={t("overview.attention.emptyTitle")}
        description={t("overview.attention.emptyHint")}
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="sm" aria-label={t("overview.attention.title")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("overview.attention.employer")}</Table.Th>
            <Table.Th ta="end">{t("overview.attention.score")}</Table.Th>
            <Table.Th>{t("overview.attention.why")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attention.map((employer) => (
            <Table.Tr key={employer.employerId}>
              <Table.Td>
                <AnchorLink to="/staff/employers/$employerId" params={{ employerId: employer.employerId }} search={{ tab: "fairWork" }}>
                  {employer.legalName}
                </AnchorLink>
              </Table.Td>
              <Table.Td ta="end">{formatNumber(employer.score, i18n.language)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {[...new Set(employer.holds)].map((hold) => (
                    <Badge key={hold} color="red" variant="light" tt="none">
                      {t(`holdShort.${hold}`)}
                    </Badge>
                  ))}
                  {employer.belowBar && (
                    <Badge color="orange" variant="light" tt="none">
                      {t("holdShort.belowBar")}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FiguresCard({ title, facts, link }: { title: string; facts: Fact[]; link: ReactNode }) {
  return (
    <SectionCard title={title} actions={link}>
      <FactGrid facts={facts} columns={2} />
    </SectionCard>
  );
}

/** The coordinator's overview of decent work in the centre: what is open or late, and the employers not matched. */
export function ComplianceOverviewPage() {
  const { t } = useTranslation("fairWork");
  const overview = useComplianceOverview();
  if (overview.isPending) return <PageLoading rows={8} />;
  if (overview.isError) return <PageError error={overview.error} onRetry={() => void overview.refetch()} />;
  const { grievances, inspections, correctiveActions, checkIns, employers, attention } = overview.data;

  return (
    <>
      <PageHeader title={t("overview.title")} description={t("overview.description")} />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <SectionCard title={t("overview.grievances.title")}>
            <GrievanceCounts grievances={grievances} />
          </SectionCard>
          <FiguresCard
            title={t("overview.employers.title")}
            link={
              <ButtonLink to="/staff/employers" variant="subtle" rightSection={chevron}>
                {t("overview.employers.link")}
              </ButtonLink>
            }
            facts={[
              { label: t("overview.employers.onHold"), value: <Count value={employers.onHold} urgent /> },
              { label: t("overview.employers.belowBar"), value: <Count value={employers.belowBar} urgent /> },
              { label: t("overview.employers.vettingPending"), value: <Count value={employers.vettingPending} /> },
              { label: t("overview.employers.notVetted"), value: <Count value={employers.notVetted} /> },
              { label: t("overview.employers.total"), value: <Count value={employers.total} /> },
            ]}
          />
          <FiguresCard
            title={t("overview.inspections.title")}
            link={
              <ButtonLink to="/staff/inspections" variant="subtle" rightSection={chevron}>
                {t("overview.inspections.link")}
              </ButtonLink>
            }
            facts={[
              { label: t("overview.inspections.dueThisWeek"), value: <Count value={inspections.dueThisWeek} /> },
              { label: t("overview.inspections.overdue"), value: <Count value={inspections.overdue} urgent /> },
              { label: t("overview.inspections.actionsOverdue"), value: <Count value={correctiveActions.overdue} urgent /> },
            ]}
          />
          <FiguresCard
            title={t("overview.checkIns.title")}
            link={
              <ButtonLink to="/staff/check-ins" variant="subtle" rightSection={chevron}>
                {t("overview.checkIns.link")}
              </ButtonLink>
            }
            facts={[
              { label: t("overview.checkIns.missed"), value: <Count value={checkIns.missed} urgent /> },
              { label: t("overview.checkIns.unanswered"), value: <Count value={checkIns.unanswered} urgent /> },
            ]}
          />
        </SimpleGrid>
        <SectionCard title={t("overview.attention.title")} description={t("overview.attention.description")}>
          <AttentionList attention={attention} />
        </SectionCard>
      </Stack>
    </>
  );
}
