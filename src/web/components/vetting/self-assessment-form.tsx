import { Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconDeviceFloppy, IconMinus, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SELF_ASSESSMENT_QUESTIONS, type SelfAssessmentAnswer } from "../../../core/vetting/vetting-questions.js";
import type { VettingFile } from "../../../core/vetting/vetting-schemas.js";
import { useSaveSelfAssessment } from "../../api/vetting.js";
import { DateText } from "../date-text.js";
import { SaveErrorAlert } from "../save-error-alert.js";
import { SectionCard } from "../section-card.js";
import { ChoiceButtons } from "./choice-buttons.js";

type Answers = VettingFile["selfAssessment"];

/** The self-assessment, one question per row with big buttons (yes, partly, no) and a note; it can be saved half-way. */
export function SelfAssessmentForm({ employerId, file, editable }: { employerId: string; file: VettingFile; editable: boolean }) {
  const { t } = useTranslation("vetting");
  const save = useSaveSelfAssessment(employerId);
  const [answers, setAnswers] = useState<Answers>(file.selfAssessment);
  const answered = SELF_ASSESSMENT_QUESTIONS.filter((code) => answers[code] !== undefined).length;

  const submit = () =>
    save.mutate(
      { input: { answers }, version: file.version },
      { onSuccess: () => notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("selfAssessment.saved") }) },
    );

  const options = [
    { value: "yes" as const, label: t("answer.yes"), icon: <IconCheck size={18} aria-hidden />, color: "olive" },
    { value: "partly" as const, label: t("answer.partly"), icon: <IconMinus size={18} aria-hidden />, color: "yellow" },
    { value: "no" as const, label: t("answer.no"), icon: <IconX size={18} aria-hidden />, color: "red" },
  ];

  return (
    <SectionCard
      title={t("selfAssessment.title")}
      description={
        <>
          {t("selfAssessment.progress", { answered, total: SELF_ASSESSMENT_QUESTIONS.length })}
          {file.selfAssessedAt && (
            <>
              {" · "}
              {t("selfAssessment.savedOn")} <DateText value={file.selfAssessedAt} format="lll" />
            </>
          )}
        </>
      }
    >
      <Stack gap="sm">
        {SELF_ASSESSMENT_QUESTIONS.map((code) => {
          const current = answers[code];
          return (
            <Paper key={code} withBorder p="sm">
              <Stack gap={6}>
                <Text fw={500}>{t(`question.${code}`)}</Text>
                <ChoiceButtons
                  label={t(`question.${code}`)}
                  value={current?.answer ?? null}
                  disabled={!editable}
                  options={options}
                  onChange={(answer: SelfAssessmentAnswer) =>
                    setAnswers((all) => ({ ...all, [code]: { answer, note: all[code]?.note ?? "" } }))
                  }
                />
                {current && (
                  <Textarea
                    label={t("selfAssessment.note")}
                    placeholder={t("selfAssessment.notePlaceholder")}
                    value={current.note}
                    onChange={(event) => {
                      const note = event.currentTarget.value;
                      setAnswers((all) => ({ ...all, [code]: { answer: current.answer, note } }));
                    }}
                    maxLength={1000}
                    autosize
                    minRows={1}
                    disabled={!editable}
                  />
                )}
              </Stack>
            </Paper>
          );
        })}
        {save.isError && <SaveErrorAlert error={save.error} conflictMessage={t("conflict")} />}
        {editable && (
          <Group justify="flex-end">
            <Button size="md" leftSection={<IconDeviceFloppy size={20} aria-hidden />} loading={save.isPending} onClick={submit}>
              {t("selfAssessment.save")}
            </Button>
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}
