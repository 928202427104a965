import { Badge, Group, List, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconFileText, IconListCheck, IconSignature, IconTool } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FairWorkToFix } from "../../../core/fair-work/fair-work-schemas.js";
import { DateText } from "../date-text.js";
import { formatNumber } from "../money.js";

const ICONS = {
  corrective_action: IconTool,
  declaration: IconSignature,
  self_assessment: IconListCheck,
  document: IconFileText,
  offer: IconAlertTriangle,
} as const;

function ToFixSentence({ item }: { item: FairWorkToFix }) {
  const { t, i18n } = useTranslation("fairWork");
  switch (item.kind) {
    case "corrective_action":
      return (
        <Stack gap={2}>
          <Text>{item.description}</Text>
          <Group gap="xs">
            {item.overdue && (
              <Badge color="red" variant="light" tt="none">
                {t("toFix.overdue")}
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              {t("toFix.due")} <DateText value={item.dueDate} />
            </Text>
          </Group>
        </Stack>
      );
    case "declaration":
      return <Text>{t(`toFix.declaration.${item.code}`)}</Text>;
    case "self_assessment":
      return <Text>{t("toFix.selfAssessment", { missing: formatNumber(item.missing, i18n.language) })}</Text>;
    case "document":
      return <Text>{t(`toFix.document.${item.code}`)}</Text>;
    case "offer":
      return <Text>{t("toFix.offer", { title: item.title })}</Text>;
  }
}

const keyOf = (item: FairWorkToFix) =>
  item.kind === "corrective_action" || item.kind === "offer"
    ? item.id
    : item.kind === "self_assessment"
      ? item.kind
      : `${item.kind}-${item.code}`;

/** What raises the score or completes the file, each with the way to the page where it is done. */
export function ToFixList({ items, linkOf }: { items: readonly FairWorkToFix[]; linkOf: (item: FairWorkToFix) => ReactNode }) {
  const { t } = useTranslation("fairWork");
  if (items.length === 0) {
    return (
      <Group gap="xs">
        <IconCircleCheck size={20} aria-hidden color="var(--mantine-color-olive-7)" />
        <Text>{t("toFix.none")}</Text>
      </Group>
    );
  }
  return (
    <List spacing="md" listStyleType="none" aria-label={t("toFix.title")}>
      {items.map((item) => {
        const ItemIcon = ICONS[item.kind];
        return (
          <List.Item
            key={keyOf(item)}
            icon={
              <ThemeIcon variant="light" color={item.kind === "corrective_action" && item.overdue ? "red" : "gray"} size={32} radius="xl">
                <ItemIcon size={18} aria-hidden />
              </ThemeIcon>
            }
          >
            <Group justify="space-between" gap="sm" wrap="wrap">
              <div style={{ flex: "1 1 220px" }}>
                <ToFixSentence item={item} />
              </div>
              {linkOf(item)}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
