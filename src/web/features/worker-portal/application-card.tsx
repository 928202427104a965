import { Button, Group, Paper, Stack, Text, ThemeIcon } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type Icon, IconCalendarEvent, IconCheck, IconCircleX, IconConfetti, IconHandStop, IconHourglass } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { nextReferralStages, type ReferralStage } from "../../../core/referrals/referral-stages.js";
import { type Referral, useMoveReferral } from "../../api/referrals.js";
import { refusalMessage } from "../../components/refusal-message.js";
import { AnswerDialog } from "./answer-dialog.js";

const LOOK: Partial<Record<ReferralStage, { color: string; icon: Icon }>> = {
  referred: { color: "cyan", icon: IconHourglass },
  interview: { color: "violet", icon: IconCalendarEvent },
  hired: { color: "olive", icon: IconConfetti },
  declined: { color: "gray", icon: IconCircleX },
  withdrawn: { color: "gray", icon: IconHandStop },
};

/** A job the worker said yes to: where it stands in plain words, and a way to stop while it is still open. */
export function ApplicationCard({ application }: { application: Referral }) {
  const { t } = useTranslation("workerPortal");
  const move = useMoveReferral();
  const [stopping, setStopping] = useState(false);
  const look = LOOK[application.stage] ?? { color: "gray", icon: IconHourglass };
  const mayStop = nextReferralStages(application.stage, "worker").includes("withdrawn");

  const stop = () =>
    // The promise, not mutate's callbacks, so the worker hears that it worked even if the list re-renders first.
    move.mutateAsync({ referral: application, move: { to: "withdrawn" } }).then(
      () => {
        setStopping(false);
        notifications.show({ color: "olive", icon: <IconCheck size={18} aria-hidden />, message: t("application.stoppedDone") });
      },
      // The dialog stays open and says what went wrong (move.error).
      () => undefined,
    );

  return (
    <Paper component="li" p="md" style={{ listStyle: "none" }}>
      <Stack gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={48} radius="xl" variant="light" color={look.color} aria-hidden>
            <look.icon size={28} />
          </ThemeIcon>
          <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
            <Text fz="lg" fw={700} lh={1.3}>
              {application.offerTitle}
            </Text>
            <Text c="dimmed">{application.employerName}</Text>
            <Text fz="lg" fw={600} c={`${look.color}.8`}>
              {t(`application.stage.${application.stage}`)}
            </Text>
          </Stack>
        </Group>
        {mayStop && (
          // The card's whole width, and a label that may wrap: the sentence is long in some languages.
          <Button
            variant="default"
            size="lg"
            fullWidth
            leftSection={<IconHandStop size={22} aria-hidden />}
            onClick={() => setStopping(true)}
            styles={{
              root: { height: "auto", minHeight: 50, paddingBlock: 8 },
              label: { whiteSpace: "normal", textAlign: "center", lineHeight: 1.3 },
            }}
          >
            {t("application.stop")}
          </Button>
        )}
      </Stack>
      <AnswerDialog
        opened={stopping}
        title={t("application.stopTitle")}
        sentence={t("application.stopSentence")}
        confirmLabel={t("application.stopConfirm")}
        confirmIcon={<IconHandStop size={22} aria-hidden />}
        tone="no"
        loading={move.isPending}
        problem={move.isError ? refusalMessage(t, move.error) : null}
        onConfirm={stop}
        onCancel={() => {
          setStopping(false);
          move.reset();
        }}
      />
    </Paper>
  );
}
