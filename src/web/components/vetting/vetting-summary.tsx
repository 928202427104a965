import { Alert, Group, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { VettingFile } from "../../../core/vetting/vetting-schemas.js";
import { DateText } from "../date-text.js";
import { SectionCard } from "../section-card.js";
import { VettingStatusBadge } from "./vetting-status-badge.js";

/** Where the file stands: its status with its conditions or reason, and everything still missing. */
export function VettingSummary({ file }: { file: VettingFile }) {
  const { t } = useTranslation("vetting");
  const { completeness } = file;
  const lists = [
    { key: "missingDeclarations", items: completeness.missingDeclarations.map((code) => t(`declaration.${code}`)) },
    { key: "deniedDeclarations", items: completeness.deniedDeclarations.map((code) => t(`declaration.${code}`)) },
    { key: "missingAnswers", items: completeness.missingAnswers.map((code) => t(`question.${code}`)) },
    { key: "missingDocuments", items: completeness.missingDocuments.map((kind) => t(`documentKind.${kind}`)) },
    { key: "unverifiedDocuments", items: completeness.unverifiedDocuments.map((kind) => t(`documentKind.${kind}`)) },
  ].filter((list) => list.items.length > 0);
  const noteLabel = file.status === "approved_with_conditions" ? t("summary.conditions") : t("summary.reason");

  return (
    <SectionCard title={t("summary.title")}>
      <Stack gap="md">
        <Group gap="sm" wrap="wrap">
          <VettingStatusBadge status={file.status} />
          {file.decidedAt && (
            <Text size="sm" c="dimmed">
              {t("summary.decidedOn")} <DateText value={file.decidedAt} format="ll" />
            </Text>
          )}
        </Group>
        {file.conditions !== "" && (
          <Alert color={file.status === "approved_with_conditions" ? "yellow" : "red"} variant="light" title={noteLabel}>
            <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
              {file.conditions}
            </Text>
          </Alert>
        )}
        {completeness.complete && lists.length === 0 ? (
          <Alert color="olive" variant="light" icon={<IconCircleCheck aria-hidden />}>
            {t("summary.complete")}
          </Alert>
        ) : (
          <Alert
            color={completeness.complete ? "yellow" : "orange"}
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={completeness.complete ? t("summary.completeWithDenials") : t("summary.incomplete")}
          >
            <Stack gap="xs">
              {lists.map((list) => (
                <div key={list.key}>
                  <Text size="sm" fw={600}>
                    {t(`summary.${list.key}`)}
                  </Text>
                  <List size="sm">
                    {list.items.map((item) => (
                      <List.Item key={item}>{item}</List.Item>
                    ))}
                  </List>
                </div>
              ))}
            </Stack>
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
