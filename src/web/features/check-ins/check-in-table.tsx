import { Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { IconAlertTriangle, IconBrandWhatsapp, IconMessage, IconPencil, IconPhone } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CheckInAnswer, CheckInStatus } from "../../../core/check-ins/check-in-codes.js";
import type { CheckIn } from "../../api/check-ins.js";
import { DateText } from "../../components/date-text.js";
import { AnchorLink } from "../../components/router-links.js";
import { RecordAnswersModal } from "./record-answers-modal.js";

const ANSWER_COLOURS: Record<CheckInAnswer, string> = { yes: "olive", no: "red", not_applicable: "gray" };

const STATUS_COLOURS: Record<CheckInStatus, string> = {
  scheduled: "gray",
  sent: "blue",
  answered: "olive",
  missed: "red",
  cancelled: "gray",
};

function ContactCell({ checkIn }: { checkIn: CheckIn }) {
  const { t } = useTranslation("checkIns");
  const Icon = checkIn.contact === "whatsapp" ? IconBrandWhatsapp : checkIn.contact === "sms" ? IconMessage : IconPhone;
  return (
    <Group gap={6} wrap="nowrap">
      <Icon size={18} aria-hidden />
      <Stack gap={0}>
        <Text size="sm">{t(`contact.${checkIn.contact}`)}</Text>
        <Text size="sm" className="ltr-text" c="dimmed">
          {checkIn.workerPhone}
        </Text>
      </Stack>
    </Group>
  );
}

/** Check-ins with what each asks of staff: who to call, what the worker answered, answers to record or correct. */
export function CheckInTable({ checkIns, showWorker = true }: { checkIns: CheckIn[]; showWorker?: boolean }) {
  const { t } = useTranslation("checkIns");
  const [recording, setRecording] = useState<CheckIn | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" highlightOnHover withTableBorder aria-label={t("title")}>
          <Table.Thead>
            <Table.Tr>
              {showWorker && <Table.Th>{t("column.worker")}</Table.Th>}
              <Table.Th>{t("column.job")}</Table.Th>
              <Table.Th>{t("column.kind")}</Table.Th>
              <Table.Th>{t("column.due")}</Table.Th>
              <Table.Th>{t("column.status")}</Table.Th>
              <Table.Th>{t("column.contact")}</Table.Th>
              <Table.Th>{t("column.answers")}</Table.Th>
              <Table.Th ta="end">{t("column.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {checkIns.map((checkIn) => (
              <Table.Tr key={checkIn.id}>
                {showWorker && (
                  <Table.Td>
                    <AnchorLink
                      to="/staff/workers/$workerId"
                      params={{ workerId: checkIn.workerId }}
                      search={{ tab: "check-ins" }}
                      fw={600}
                    >
                      {checkIn.workerName}
                    </AnchorLink>
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {checkIn.jobTitle}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {checkIn.employerName}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`kind.${checkIn.kind}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <DateText value={checkIn.dueOn} format="ll" />
                  {(checkIn.status === "scheduled" || checkIn.status === "sent") && (
                    <Text size="xs" c="dimmed">
                      {t("answerBy")} <DateText value={checkIn.answerBy} format="ll" />
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOURS[checkIn.status]} variant="light">
                    {t(`status.${checkIn.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <ContactCell checkIn={checkIn} />
                </Table.Td>
                <Table.Td>
                  {checkIn.status === "answered" ? (
                    <Stack gap={2}>
                      {checkIn.questions.map((question) => {
                        const given = checkIn.answers[question] ?? "not_applicable";
                        return (
                          <Group key={question} gap={6} wrap="nowrap">
                            <Text size="xs">{t(`questionShort.${question}`)}</Text>
                            <Badge size="xs" variant={given === "no" ? "filled" : "light"} color={ANSWER_COLOURS[given]}>
                              {t(`answer.${given}`)}
                            </Badge>
                          </Group>
                        );
                      })}
                      {checkIn.grievanceId && (
                        <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={14} aria-hidden />} w="fit-content">
                          {t("grievanceOpened")}
                        </Badge>
                      )}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t("noAnswers")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="end">
                  {checkIn.status !== "cancelled" && (
                    <Button
                      variant={checkIn.status === "answered" ? "subtle" : "light"}
                      mih={44}
                      leftSection={
                        checkIn.status === "answered" ? <IconPencil size={18} aria-hidden /> : <IconPhone size={18} aria-hidden />
                      }
                      aria-label={t(checkIn.status === "answered" ? "record.correctLabel" : "record.actionLabel", {
                        name: checkIn.workerName,
                      })}
                      onClick={() => setRecording(checkIn)}
                    >
                      {t(checkIn.status === "answered" ? "record.correct" : "record.action")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {recording && <RecordAnswersModal key={recording.id} checkIn={recording} onClose={() => setRecording(null)} />}
    </>
  );
}
