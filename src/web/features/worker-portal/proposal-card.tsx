import { Badge, Button, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconSparkles, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Referral, useMoveReferral } from "../../api/referrals.js";
import { refusalMessage } from "../../components/refusal-message.js";
import { AnswerDialog } from "./answer-dialog.js";
import { JobFacts } from "./job-facts.js";

type Answer = "referred" | "worker_declined";

/**
 * An offer the centre proposed, with the worker's two answers as big buttons. Saying yes is the worker's consent:
 * only then does the employer see their name and profile, so it is confirmed in one plain sentence first.
 */
export function ProposalCard({ proposal }: { proposal: Referral }) {
  const { t } = useTranslation("workerPortal");
  const move = useMoveReferral();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const yes = answer === "referred";

  const confirm = () => {
    if (!answer) return;
    // The promise, not mutate's callbacks: once answered, the proposal leaves the list and this card unmounts,
    // which would silence the callbacks and the worker would not hear that it worked.
    move.mutateAsync({ referral: proposal, move: { to: answer } }).then(
      () => {
        setAnswer(null);
        notifications.show({
          color: "olive",
          icon: <IconCheck size={18} aria-hidden />,
          message: t(yes ? "proposal.acceptedDone" : "proposal.declinedDone"),
        });
      },
      // The dialog stays open and says what went wrong (move.error).
      () => undefined,
    );
  };
  const cancel = () => {
    setAnswer(null);
    move.reset();
  };

  return (
    <Paper
      component="article"
      p="lg"
      shadow="xs"
      aria-labelledby={`proposal-${proposal.id}`}
      style={{ borderColor: "var(--mantine-color-olive-4)", borderWidth: 2 }}
    >
      <Stack gap="md">
        <Badge color="olive" variant="filled" size="lg" leftSection={<IconSparkles size={16} aria-hidden />} tt="none" w="fit-content">
          {t("proposal.badge")}
        </Badge>
        <Title order={3} id={`proposal-${proposal.id}`} fz={24} lh={1.25}>
          {proposal.offerTitle}
        </Title>
        <JobFacts job={proposal.offer} />
        <Text fz="lg" fw={600}>
          {t("proposal.question")}
        </Text>
        <Stack gap="sm">
          <Button size="lg" fullWidth leftSection={<IconCheck size={24} aria-hidden />} onClick={() => setAnswer("referred")}>
            {t("proposal.accept")}
          </Button>
          <Button
            size="lg"
            fullWidth
            variant="default"
            leftSection={<IconX size={24} aria-hidden />}
            onClick={() => setAnswer("worker_declined")}
          >
            {t("proposal.decline")}
          </Button>
        </Stack>
      </Stack>
      <AnswerDialog
        opened={answer !== null}
        title={t(yes ? "proposal.acceptTitle" : "proposal.declineTitle")}
        sentence={t(yes ? "proposal.acceptSentence" : "proposal.declineSentence")}
        confirmLabel={t(yes ? "proposal.acceptConfirm" : "proposal.declineConfirm")}
        confirmIcon={yes ? <IconCheck size={22} aria-hidden /> : <IconX size={22} aria-hidden />}
        tone={yes ? "yes" : "no"}
        loading={move.isPending}
        problem={move.isError ? refusalMessage(t, move.error) : null}
        onConfirm={confirm}
        onCancel={cancel}
      />
    </Paper>
  );
}
