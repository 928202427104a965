import { List, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PayUnit } from "../../../core/reference/codes.js";
import type { WorkerExport } from "../../api/privacy.js";
import { DateText } from "../../components/date-text.js";
import { payText } from "../../components/offer-pay.js";
import { SectionCard } from "../../components/section-card.js";

/** A titled table, or "none" when there is nothing: every part of the export is shown, even an empty one. */
interface Row {
  key: string;
  cells: ReactNode[];
}

function ExportTable({ title, headers, rows }: { title: string; headers: string[]; rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={title}>
      {rows.length === 0 ? (
        <Text c="dimmed">{t("value.none", { ns: "common" })}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" withTableBorder aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                {headers.map((header) => (
                  <Table.Th key={header}>{header}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  {row.cells.map((cell, column) => (
                    <Table.Td key={headers[column]}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}

const row = (key: string, cells: ReactNode[]): Row => ({ key, cells });

/** Consents, candidacies, jobs, documents, messages and who opened the file: staff by role only. */
export function ExportHistorySections({ data }: { data: WorkerExport }) {
  const { t, i18n } = useTranslation("privacy");
  const code = (group: string, value: string) => t(`${group}.${value}`, { ns: "codes", defaultValue: value });
  const date = (value: string) => <DateText value={value} />;
  return (
    <>
      <ExportTable
        title={t("export.consents")}
        headers={[t("export.purpose"), t("export.answer"), t("export.how"), t("export.byRole"), t("export.when"), t("export.note")]}
        rows={data.consents.map((c, i) =>
          row(`consent-${i}`, [
            code("consentPurpose", c.purpose),
            c.granted ? t("export.granted") : t("export.withdrawn"),
            code("consentMethod", c.method),
            c.recordedByRole ? code("role", c.recordedByRole) : t("export.unknownRole"),
            date(c.recordedAt),
            c.note,
          ]),
        )}
      />
      <ExportTable
        title={t("export.referrals")}
        headers={[t("export.job"), t("export.employer"), t("export.stage"), t("export.when"), t("export.steps")]}
        rows={data.referrals.map((r, i) =>
          row(`referral-${i}`, [
            r.offerTitle,
            r.employerName,
            code("referralStage", r.stage),
            date(r.createdAt),
            <List key="steps" size="xs">
              {r.events.map((e) => (
                <List.Item key={`${e.at}-${e.toStage}`}>
                  {t("export.step", { stage: code("referralStage", e.toStage), role: code("role", e.byRole) })} <DateText value={e.at} />
                </List.Item>
              ))}
            </List>,
          ]),
        )}
      />
      <ExportTable
        title={t("export.placements")}
        headers={[t("export.job"), t("export.employer"), t("export.contract"), t("export.from"), t("export.pay")]}
        rows={data.placements.map((p, i) =>
          row(`placement-${i}`, [
            p.offerTitle,
            p.employerName,
            code("contractType", p.contractType),
            date(p.startDate),
            payText(t, { payAmountCents: p.payAmountCents, payUnit: p.payUnit as PayUnit }, i18n.language),
          ]),
        )}
      />
      <ExportTable
        title={t("export.attachments")}
        headers={[t("export.kind"), t("export.fileName"), t("export.when")]}
        rows={data.attachments.map((a, i) =>
          row(`attachment-${i}`, [
            t(`kindLabel.${a.kind}`, { ns: "attachments", defaultValue: a.kind }),
            <span key="name" dir="auto">
              {a.fileName}
            </span>,
            date(a.createdAt),
          ]),
        )}
      />
      <ExportTable
        title={t("export.messages")}
        headers={[t("export.channel"), t("export.purpose"), t("export.when")]}
        rows={data.messages.map((m, i) =>
          row(`message-${i}`, [code("channel", m.channel), code("outboxPurpose", m.purpose), date(m.createdAt)]),
        )}
      />
      <ExportTable
        title={t("export.accessLog")}
        headers={[t("export.when"), t("export.byRole"), t("export.action"), t("export.outcome")]}
        rows={data.accessLog.map((a, i) =>
          row(`access-${i}`, [
            date(a.at),
            a.role ? code("role", a.role) : t("export.unknownRole"),
            t(`auditAction.${a.action}`, { defaultValue: a.action }),
            t(`outcome.${a.outcome}`, { defaultValue: a.outcome }),
          ]),
        )}
      />
    </>
  );
}
