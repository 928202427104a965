import { Alert, Radio, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconCheck, IconDeviceFloppy } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CHECK_IN_ANSWERS, type CheckInAnswer, type CheckInQuestion } from "../../../core/check-ins/check-in-codes.js";
import { type CheckIn, useAnswerCheckIn } from "../../api/check-ins.js";
import { FormModal } from "../../components/form-modal.js";
import { ModalForm } from "../../components/modal-form.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";

type Answers = Partial<Record<CheckInQuestion, CheckInAnswer>>;

/** Staff record the answers a worker gave on the phone or in person (or correct answers already given). */
export function RecordAnswersModal({ checkIn, onClose }: { checkIn: CheckIn; onClose: () => void }) {
  const { t } = useTranslation("checkIns");
  const save = useAnswerCheckIn();
  const [answers, setAnswers] = useState<Answers>(() => ({ ...checkIn.answers }));
  const [comment, setComment] = useState(checkIn.comment);
  const [via, setVia] = useState<"phone" | "in_person">(checkIn.answeredVia === "in_person" ? "in_person" : "phone");
  const complete = checkIn.questions.every((question) => answers[question] !== undefined);
  const anyNo = checkIn.questions.some((question) => answers[question] === "no");

  const submit = () => {
    if (!complete) return;
    const asked = Object.fromEntries(checkIn.questions.map((question) => [question, answers[question]]));
    save.mutate(
      { checkIn, input: { answers: asked, comment, answeredVia: via } },
      {
        onSuccess: () => {
          notifications.show({ color: "olive", icon: <IconCheck size={18} aria-hidden />, message: t("record.saved") });
          onClose();
        },
      },
    );
  };

  return (
    <FormModal opened onClose={onClose} title={t("record.title", { name: checkIn.workerName })}>
      <ModalForm
        onSubmit={submit}
        onCancel={onClose}
        submitLabel={t("record.save")}
        submitIcon={<IconDeviceFloppy size={18} aria-hidden />}
        submitDisabled={!complete}
        saving={save.isPending}
      >
        <Text size="sm" c="dimmed">
          {t("record.intro", { job: checkIn.jobTitle, employer: checkIn.employerName, kind: t(`kind.${checkIn.kind}`) })}
        </Text>
        {checkIn.questions.map((question) => (
          <Stack gap={4} key={question}>
            <Text fw={600} id={`question-${question}`}>
              {t(`question.${question}`)}
            </Text>
            <SegmentedControl
              aria-labelledby={`question-${question}`}
              fullWidth
              value={answers[question] ?? ""}
              onChange={(value) => setAnswers((current) => ({ ...current, [question]: value as CheckInAnswer }))}
              data={CHECK_IN_ANSWERS.map((value) => ({ value, label: t(`answer.${value}`) }))}
            />
          </Stack>
        ))}
        {!complete && (
          <Text size="sm" c="dimmed">
            {t("record.missing")}
          </Text>
        )}
        {anyNo && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {checkIn.grievanceId ? t("record.grievanceKept") : t("record.noOpensGrievance")}
          </Alert>
        )}
        <Textarea
          label={t("record.comment")}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Radio.Group label={t("record.via")} value={via} onChange={(value) => setVia(value as "phone" | "in_person")}>
          <Stack gap="xs" mt="xs">
            <Radio value="phone" label={t("record.viaPhone")} />
            <Radio value="in_person" label={t("record.viaInPerson")} />
          </Stack>
        </Radio.Group>
        {save.error && <SaveErrorAlert error={save.error} conflictMessage={t("record.conflict")} />}
      </ModalForm>
    </FormModal>
  );
}
