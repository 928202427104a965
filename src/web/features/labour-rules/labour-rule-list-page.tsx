import { Badge, Button, Group, Select, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCalendarOff, IconCheck, IconPencil, IconPlus, IconScale } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { LABOUR_RULE_KINDS } from "../../../core/labour-rules/labour-rule-codes.js";
import { COUNTRIES } from "../../../core/reference/codes.js";
import { type LabourRule, useLabourRuleList, useUpdateLabourRule } from "../../api/labour-rules.js";
import { actorOf, useMe } from "../../api/me.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { DateText } from "../../components/date-text.js";
import { formatCents, formatNumber } from "../../components/money.js";
import { PageHeader } from "../../components/page-header.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { PaginationBar } from "../../components/pagination-bar.js";
import { refusalMessage } from "../../components/refusal-message.js";
import { LabourRuleFormModal } from "./labour-rule-form-modal.js";

const route = getRouteApi("/staff/labour-rules");
const PAGE_SIZE = 25;
const ALL = "all";

/** A rule is in force today when today is within its dates. */
const inForce = (rule: LabourRule, today: string) => rule.validFrom <= today && (rule.validTo === null || rule.validTo >= today);

/** Ending a rule makes today its last day; a rule not yet in force ends on its first day. */
const lastDay = (rule: LabourRule, today: string) => [today, rule.validFrom].sort()[1] ?? today;

/** Labour rules as data: the pay floors, limits and caps offers are checked against. Administrators edit; others read. */
export function LabourRuleListPage() {
  const { t, i18n } = useTranslation("labourRules");
  const { page = 1, country, kind } = route.useSearch();
  const navigate = route.useNavigate();
  const me = useMe();
  const rules = useLabourRuleList({ page, pageSize: PAGE_SIZE, country, kind });
  const update = useUpdateLabourRule();
  // undefined: no dialog; null: a new rule; a rule: correcting that one.
  const [editing, setEditing] = useState<LabourRule | null | undefined>(undefined);
  const [ending, setEnding] = useState<LabourRule | null>(null);
  const mayEdit = me.data ? mayEver(actorOf(me.data), "labour_rule.update") : false;
  const today = dayjs().format("YYYY-MM-DD");
  const addButton = mayEdit && (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
      {t("add")}
    </Button>
  );

  const end = (rule: LabourRule) =>
    update.mutate(
      { id: rule.id, patch: { validTo: lastDay(rule, today) }, version: rule.version },
      {
        onSuccess: () => {
          setEnding(null);
          notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("end.done") });
        },
        onError: (error) => {
          setEnding(null);
          notifications.show({ color: "red", message: refusalMessage(t, error) });
        },
      },
    );

  const figure = (rule: LabourRule) =>
    rule.kind === "min_pay" && rule.amountCents !== null
      ? `${formatCents(rule.amountCents, i18n.language)} ${t(`payUnit.${rule.payUnit}`, { ns: "codes" })}`
      : t(`valueShown.${rule.kind}`, { value: formatNumber(rule.value ?? 0, i18n.language) });

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={addButton} />
      <Group mb="md" align="flex-end">
        <Select
          label={t("filter.country")}
          value={country ?? ALL}
          allowDeselect={false}
          onChange={(next) =>
            void navigate({ search: (s) => ({ ...s, country: next === ALL ? undefined : (next as typeof country), page: undefined }) })
          }
          data={[
            { value: ALL, label: t("filter.all") },
            ...COUNTRIES.map((value) => ({ value, label: t(`country.${value}`, { ns: "codes" }) })),
          ]}
        />
        <Select
          label={t("filter.kind")}
          value={kind ?? ALL}
          allowDeselect={false}
          onChange={(next) =>
            void navigate({ search: (s) => ({ ...s, kind: next === ALL ? undefined : (next as typeof kind), page: undefined }) })
          }
          data={[{ value: ALL, label: t("filter.all") }, ...LABOUR_RULE_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))]}
        />
      </Group>
      {rules.isPending ? (
        <PageLoading />
      ) : rules.isError ? (
        <PageError error={rules.error} onRetry={() => void rules.refetch()} />
      ) : rules.data.total === 0 ? (
        <EmptyState icon={<IconScale size={32} aria-hidden />} title={t("emptyTitle")} description={t("emptyHint")} action={addButton} />
      ) : (
        <Stack gap={0}>
          <Table.ScrollContainer minWidth={960}>
            <Table verticalSpacing="sm" highlightOnHover withTableBorder aria-label={t("title")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("column.country")}</Table.Th>
                  <Table.Th>{t("column.rule")}</Table.Th>
                  <Table.Th>{t("column.appliesTo")}</Table.Th>
                  <Table.Th>{t("column.valid")}</Table.Th>
                  <Table.Th>{t("column.source")}</Table.Th>
                  {mayEdit && <Table.Th ta="end">{t("column.actions")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rules.data.items.map((rule) => (
                  <Table.Tr key={rule.id}>
                    <Table.Td>{t(`country.${rule.country}`, { ns: "codes" })}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {t(`kind.${rule.kind}`)}
                      </Text>
                      <Text size="sm">{figure(rule)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{rule.sector === "all" ? t("sectorAll") : t(`sector.${rule.sector}`, { ns: "codes" })}</Text>
                      <Text size="sm" c="dimmed">
                        {rule.contractType ? t(`contractType.${rule.contractType}`, { ns: "codes" }) : t("contractAny")}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <Stack gap={2}>
                        <span>
                          <DateText value={rule.validFrom} /> – {rule.validTo ? <DateText value={rule.validTo} /> : t("openEnded")}
                        </span>
                        {inForce(rule, today) ? (
                          <Badge color="olive" variant="light">
                            {t("status.inForce")}
                          </Badge>
                        ) : (
                          <Badge color="gray" variant="outline">
                            {t(rule.validFrom > today ? "status.future" : "status.ended")}
                          </Badge>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" lineClamp={3} title={rule.source}>
                        {rule.source}
                      </Text>
                      {rule.note && (
                        <Text size="xs" c="dimmed" lineClamp={2} title={rule.note}>
                          {rule.note}
                        </Text>
                      )}
                    </Table.Td>
                    {mayEdit && (
                      <Table.Td ta="end" style={{ whiteSpace: "nowrap" }}>
                        <Button
                          variant="subtle"
                          mih={44}
                          leftSection={<IconPencil size={18} aria-hidden />}
                          aria-label={t("editLabel", { rule: t(`kind.${rule.kind}`) })}
                          onClick={() => setEditing(rule)}
                        >
                          {t("edit")}
                        </Button>
                        {(rule.validTo === null || rule.validTo > today) && (
                          <Button
                            variant="subtle"
                            color="red"
                            mih={44}
                            leftSection={<IconCalendarOff size={18} aria-hidden />}
                            onClick={() => setEnding(rule)}
                          >
                            {t("end.action")}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar
            page={rules.data.page}
            pageSize={rules.data.pageSize}
            total={rules.data.total}
            onPageChange={(next) => void navigate({ search: (current) => ({ ...current, page: next }) })}
          />
        </Stack>
      )}
      {editing !== undefined && <LabourRuleFormModal key={editing?.id ?? "new"} rule={editing} onClose={() => setEditing(undefined)} />}
      <ConfirmDialog
        opened={ending !== null}
        title={t("end.title")}
        message={
          ending ? t("end.message", { rule: t(`kind.${ending.kind}`), country: t(`country.${ending.country}`, { ns: "codes" }) }) : ""
        }
        confirmLabel={t("end.action")}
        confirmIcon={<IconCalendarOff size={18} aria-hidden />}
        destructive
        loading={update.isPending}
        onCancel={() => setEnding(null)}
        onConfirm={() => ending && end(ending)}
      />
    </>
  );
}
