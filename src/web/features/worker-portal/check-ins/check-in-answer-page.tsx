import { Alert, Button, Group, Paper, Progress, Stack, Text, Textarea, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { IconArrowBack, IconCheck, IconHeartHandshake, IconHome, IconQuestionMark, IconSend, IconX } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CheckInAnswer, CheckInQuestion } from "../../../../core/check-ins/check-in-codes.js";
import { type CheckIn, useAnswerCheckIn, useCheckIn } from "../../../api/check-ins.js";
import { PageError, PageLoading } from "../../../components/page-states.js";
import { refusalMessage } from "../../../components/refusal-message.js";
import { ButtonLink } from "../../../components/router-links.js";

const route = getRouteApi("/me/check-ins/$checkInId");

/** The three answers, each a big button with an icon and a plain word. */
const CHOICES: { value: CheckInAnswer; icon: ReactNode; color: string; variant: "filled" | "default" }[] = [
  { value: "yes", icon: <IconCheck size={28} aria-hidden />, color: "olive", variant: "filled" },
  { value: "no", icon: <IconX size={28} aria-hidden />, color: "red", variant: "filled" },
  { value: "not_applicable", icon: <IconQuestionMark size={28} aria-hidden />, color: "gray", variant: "default" },
];

function HomeButton() {
  const { t } = useTranslation("checkIns");
  return (
    <ButtonLink to="/me" size="lg" variant="light" fullWidth leftSection={<IconHome size={24} aria-hidden />}>
      {t("portal.home")}
    </ButtonLink>
  );
}

function Closing({ children }: { children: ReactNode }) {
  return (
    <Stack gap="xl">
      <Paper p="lg" bg="gray.0">
        <Group gap="md" wrap="nowrap">
          <IconHeartHandshake size={40} aria-hidden color="var(--mantine-color-olive-6)" style={{ flexShrink: 0 }} />
          <Stack gap="sm">{children}</Stack>
        </Group>
      </Paper>
      <HomeButton />
    </Stack>
  );
}

/** One question at a time, then an optional comment, then the answers go to the centre. */
function Questions({ checkIn }: { checkIn: CheckIn }) {
  const { t } = useTranslation("checkIns");
  const save = useAnswerCheckIn();
  const [answers, setAnswers] = useState<Partial<Record<CheckInQuestion, CheckInAnswer>>>({});
  const [step, setStep] = useState(0);
  const [comment, setComment] = useState("");
  const total = checkIn.questions.length;
  const question = checkIn.questions[step];

  if (save.isSuccess) {
    return (
      <Closing>
        <Text fz="xl" fw={700}>
          {t("portal.thanks")}
        </Text>
        {save.data.grievanceId && <Text fz="lg">{t("portal.problemNoted")}</Text>}
      </Closing>
    );
  }

  const choose = (answer: CheckInAnswer) => {
    if (!question) return;
    setAnswers((current) => ({ ...current, [question]: answer }));
    setStep((current) => current + 1);
  };
  const back = step > 0 && (
    <Button
      size="lg"
      variant="subtle"
      leftSection={<IconArrowBack size={24} aria-hidden />}
      onClick={() => setStep((current) => current - 1)}
    >
      {t("portal.back")}
    </Button>
  );

  return (
    <Stack gap="xl">
      <Progress value={(Math.min(step, total) / total) * 100} size="lg" aria-hidden />
      {question ? (
        <Stack gap="lg" component="section" aria-labelledby="check-in-question">
          <Text c="dimmed" fz="lg">
            {t("portal.progress", { current: step + 1, total })}
          </Text>
          <Title order={2} id="check-in-question" fz={28} lh={1.3}>
            {t(`question.${question}`)}
          </Title>
          <Stack gap="md">
            {CHOICES.map((choice) => (
              <Button
                key={choice.value}
                size="xl"
                h={64}
                fullWidth
                color={choice.color}
                variant={answers[question] === choice.value ? "filled" : choice.variant}
                leftSection={choice.icon}
                onClick={() => choose(choice.value)}
              >
                {t(`answer.${choice.value}`)}
              </Button>
            ))}
          </Stack>
          {back}
        </Stack>
      ) : (
        <Stack gap="lg" component="section" aria-labelledby="check-in-comment">
          <Title order={2} id="check-in-comment" fz={28} lh={1.3}>
            {t("portal.commentTitle")}
          </Title>
          <Textarea
            size="lg"
            aria-describedby="check-in-comment-hint"
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            dir="auto"
          />
          <Text id="check-in-comment-hint" c="dimmed">
            {t("portal.commentHint")}
          </Text>
          {save.error && (
            <Alert color="red" variant="light" role="alert">
              {refusalMessage(t, save.error)}
            </Alert>
          )}
          <Button
            size="xl"
            h={64}
            fullWidth
            loading={save.isPending}
            leftSection={<IconSend size={28} aria-hidden />}
            onClick={() => save.mutate({ checkIn, input: { answers, comment } })}
          >
            {t("portal.send")}
          </Button>
          {back}
        </Stack>
      )}
    </Stack>
  );
}

/** "How is your job going?": the worker answers a check-in after placement, in their language, on their phone. */
export function CheckInAnswerPage() {
  const { t } = useTranslation("checkIns");
  const { checkInId } = route.useParams();
  const checkIn = useCheckIn(checkInId);
  useDocumentTitle(t("documentTitle", { ns: "common", page: t("portal.cardTitle") }));

  return (
    <Stack gap="xl">
      <Title order={1} fz={28}>
        {t("portal.cardTitle")}
      </Title>
      {checkIn.isPending ? (
        <PageLoading rows={4} />
      ) : checkIn.isError ? (
        <PageError error={checkIn.error} onRetry={() => void checkIn.refetch()} />
      ) : checkIn.data.status === "answered" ? (
        <Closing>
          <Text fz="lg">{t("portal.alreadyAnswered")}</Text>
        </Closing>
      ) : checkIn.data.status === "cancelled" ? (
        <Closing>
          <Text fz="lg">{t("portal.closed")}</Text>
        </Closing>
      ) : (
        <>
          <Text fz="lg">{t("portal.cardText", { job: checkIn.data.jobTitle, employer: checkIn.data.employerName })}</Text>
          <Questions checkIn={checkIn.data} />
        </>
      )}
    </Stack>
  );
}
