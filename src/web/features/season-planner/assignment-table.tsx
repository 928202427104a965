import { Badge, Button, Stack, Text } from "@mantine/core";
import { IconChevronDown, IconRoute } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AssignmentDecision, PlanAssignment } from "../../api/season-plans.js";
import { DateRangeText } from "../../components/date-text.js";
import { ListTable, type PagedTableProps } from "../../components/list-table.js";
import { MatchReasons, useReasonLabels } from "../../components/match-reasons.js";
import { RegionName } from "../../components/region-name.js";
import { AnchorLink } from "../../components/router-links.js";
import { ScoreBar } from "../../components/score-bar.js";
import { assignmentKey } from "./assignment-key.js";

const DECISION_COLOUR: Record<AssignmentDecision, string> = { proposed: "gray", accepted: "olive", rejected: "red" };

interface AssignmentTableProps extends PagedTableProps<PlanAssignment> {
  /** The ticked rows, when the reader may decide; without it the table has no checkboxes. */
  selection: { selected: PlanAssignment[]; onChange: (selected: PlanAssignment[]) => void } | null;
  onOpenChain: (workerId: string, name: string) => void;
}

function Reasons({ assignment }: { assignment: PlanAssignment }) {
  const labels = useReasonLabels(assignment.reasons);
  return (
    <Stack p="md" bg="gray.0">
      <MatchReasons reasons={assignment.reasons} labels={labels} />
    </Stack>
  );
}

/**
 * The proposal: one row per worker placed on an offer, with the score and its reasons on request. Accepted rows
 * became referrals and cannot be ticked again; the others can be accepted or rejected in bulk.
 */
export function AssignmentTable({ selection, onOpenChain, ...table }: AssignmentTableProps) {
  const { t } = useTranslation("planning");
  const [expanded, setExpanded] = useState<string[]>([]);
  const toggle = (key: string) => setExpanded((current) => (current.includes(key) ? current.filter((k) => k !== key) : [...current, key]));
  const fullName = (assignment: PlanAssignment) =>
    t("fullName", { given: assignment.worker.givenName, family: assignment.worker.familyName });

  return (
    <ListTable<PlanAssignment>
      {...table}
      label={t("assignments.tableLabel")}
      idAccessor={assignmentKey}
      selection={
        selection
          ? {
              selectedRecords: selection.selected,
              onSelectedRecordsChange: selection.onChange,
              isRecordSelectable: (assignment) => assignment.decision !== "accepted",
              getRecordSelectionCheckboxProps: (assignment) => ({ "aria-label": t("assignments.select", { name: fullName(assignment) }) }),
              allRecordsSelectionCheckboxProps: { "aria-label": t("assignments.selectPage") },
            }
          : undefined
      }
      rowExpansion={{
        trigger: "never",
        allowMultiple: true,
        expanded: { recordIds: expanded },
        content: ({ record }) => <Reasons assignment={record} />,
      }}
      columns={[
        {
          accessor: "worker",
          title: t("assignments.worker"),
          render: (assignment) => (
            <Stack gap={0}>
              <AnchorLink to="/staff/workers/$workerId" params={{ workerId: assignment.worker.id }} fw={600}>
                {fullName(assignment)}
              </AnchorLink>
              <Text size="sm" c="dimmed">
                <RegionName code={assignment.worker.regionCode} />
              </Text>
            </Stack>
          ),
        },
        {
          accessor: "offer",
          title: t("assignments.offer"),
          render: ({ offer }) => (
            <Stack gap={0}>
              <AnchorLink to="/staff/offers/$offerId" params={{ offerId: offer.id }} fw={600}>
                {offer.title}
              </AnchorLink>
              <Text size="sm" c="dimmed">
                {t("employerAtSite", { employer: offer.employerName, site: offer.siteName })}
              </Text>
              <Text size="sm" c="dimmed">
                <DateRangeText start={offer.startDate} end={offer.endDate} />
              </Text>
            </Stack>
          ),
        },
        {
          accessor: "score",
          title: t("assignments.score"),
          width: 120,
          render: (assignment) => <ScoreBar score={assignment.score} />,
        },
        {
          accessor: "decision",
          title: t("assignments.decision"),
          width: 170,
          render: (assignment) => (
            <Stack gap={4} align="flex-start">
              <Badge color={DECISION_COLOUR[assignment.decision]} variant="light">
                {t(`decision.${assignment.decision}`)}
              </Badge>
              {assignment.referralId && (
                <AnchorLink to="/staff/referrals" search={{ workerId: assignment.worker.id, offerId: assignment.offer.id }} size="sm">
                  {t("assignments.seeReferral")}
                </AnchorLink>
              )}
            </Stack>
          ),
        },
        {
          accessor: "actions",
          title: t("assignments.actions"),
          render: (assignment) => {
            const key = assignmentKey(assignment);
            const open = expanded.includes(key);
            return (
              <Stack gap={4} align="flex-start">
                <Button
                  variant="subtle"
                  size="compact-sm"
                  rightSection={
                    <IconChevronDown
                      size={16}
                      aria-hidden
                      style={{ transform: open ? "rotate(180deg)" : undefined, transition: "transform 150ms" }}
                    />
                  }
                  aria-expanded={open}
                  aria-label={t(open ? "assignments.hideReasonsOf" : "assignments.showReasonsOf", { name: fullName(assignment) })}
                  onClick={() => toggle(key)}
                >
                  {t(open ? "assignments.hideReasons" : "assignments.showReasons")}
                </Button>
                <Button
                  variant="light"
                  size="compact-sm"
                  leftSection={<IconRoute size={16} aria-hidden />}
                  aria-label={t("assignments.chainOf", { name: fullName(assignment) })}
                  onClick={() => onOpenChain(assignment.worker.id, fullName(assignment))}
                >
                  {t("assignments.chain")}
                </Button>
              </Stack>
            );
          },
        },
      ]}
    />
  );
}
