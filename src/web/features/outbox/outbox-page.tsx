import { Alert, Badge, Stack, Table, Text } from "@mantine/core";
import { type Icon, IconBrandWhatsapp, IconInfoCircle, IconMail, IconMailOff, IconMessage } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useHealth } from "../../api/health.js";
import { useOutbox } from "../../api/outbox.js";
import { DateText } from "../../components/date-text.js";
import { PageHeader } from "../../components/page-header.js";
import { EmptyState, PageError, PageLoading } from "../../components/page-states.js";
import { PaginationBar } from "../../components/pagination-bar.js";

const route = getRouteApi("/staff/outbox");
const PAGE_SIZE = 25;
const CHANNEL_ICONS: Record<string, Icon> = { sms: IconMessage, whatsapp: IconBrandWhatsapp, email: IconMail };

/** Messages the centre sent (SMS, WhatsApp, e-mail); in demo mode the place to read one-time sign-in codes. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const outbox = useOutbox(page, PAGE_SIZE);
  const health = useHealth();

  return (
    <>
      <PageHeader title={t("outbox.title")} description={t("outbox.description")} />
      {health.data?.demo && (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} mb="md">
          {t("outbox.demoNote")}
        </Alert>
      )}
      {outbox.isPending ? (
        <PageLoading />
      ) : outbox.isError ? (
        <PageError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : outbox.data.total === 0 ? (
        <EmptyState icon={<IconMailOff size={32} aria-hidden />} title={t("outbox.emptyTitle")} description={t("outbox.emptyHint")} />
      ) : (
        <Stack gap={0}>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover withTableBorder aria-label={t("outbox.title")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("outbox.sentAt")}</Table.Th>
                  <Table.Th>{t("outbox.channel")}</Table.Th>
                  <Table.Th>{t("outbox.recipient")}</Table.Th>
                  <Table.Th>{t("outbox.purpose")}</Table.Th>
                  <Table.Th>{t("outbox.message")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outbox.data.items.map((message) => {
                  const ChannelIcon = CHANNEL_ICONS[message.channel] ?? IconMessage;
                  return (
                    <Table.Tr key={message.id}>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        <DateText value={message.createdAt} relative />
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color="gray" leftSection={<ChannelIcon size={14} aria-hidden />}>
                          {t(`channel.${message.channel}`, { ns: "codes", defaultValue: message.channel })}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text className="ltr-text" size="sm">
                          {message.recipient}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t(`outboxPurpose.${message.purpose}`, { ns: "codes", defaultValue: message.purpose })}</Table.Td>
                      <Table.Td>
                        {/* dir="auto": an Arabic or Urdu message reads right to left, whatever the page's language. */}
                        <Text
                          size="sm"
                          dir="auto"
                          bg="gray.0"
                          p="xs"
                          style={{ whiteSpace: "pre-wrap", borderRadius: "var(--mantine-radius-sm)" }}
                        >
                          {message.body}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar
            page={outbox.data.page}
            pageSize={outbox.data.pageSize}
            total={outbox.data.total}
            onPageChange={(next) => void navigate({ search: { page: next } })}
          />
        </Stack>
      )}
    </>
  );
}
