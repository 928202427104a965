import { Button, Flex, Group, Paper, Stack, Text } from "@mantine/core";
import { type Icon, IconBriefcase, IconCalendarEvent, IconUserCheck, IconUserX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Referral } from "../../../api/referrals.js";
import { DateText } from "../../../components/date-text.js";
import { ReferralStageBadge } from "../../../components/referral-stage-badge.js";
import { type EmployerMove, employerMovesFrom } from "./employer-moves.js";

const MOVE_LOOK: Record<EmployerMove, { Icon: Icon; variant: "filled" | "light" | "outline"; color?: string }> = {
  interview: { Icon: IconCalendarEvent, variant: "light" },
  hired: { Icon: IconUserCheck, variant: "filled" },
  declined: { Icon: IconUserX, variant: "outline", color: "red" },
};

interface CandidateCardProps {
  candidate: Referral;
  onMove: (candidate: Referral, move: EmployerMove) => void;
}

/** A worker put forward for one of the employer's offers: who, for what, where it stands, and the next steps. */
export function CandidateCard({ candidate, onMove }: CandidateCardProps) {
  const { t } = useTranslation("employerPortal");
  const moves = employerMovesFrom(candidate.stage);
  return (
    <Paper component="article" aria-label={candidate.workerName} p="md">
      <Stack gap="sm">
        {/* The stage sits on its own line: its words stay whole on a narrow phone. */}
        <Stack gap={4} align="flex-start">
          <Text fw={700} size="lg" lh={1.3}>
            {candidate.workerName}
          </Text>
          <ReferralStageBadge stage={candidate.stage} />
          <Group gap={6} wrap="nowrap">
            <IconBriefcase size={16} aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm" lineClamp={2}>
              {candidate.offerTitle}
            </Text>
          </Group>
        </Stack>
        <Text size="sm" c="dimmed">
          {t("candidates.since")} <DateText value={candidate.updatedAt} relative />
        </Text>
        {candidate.stage === "declined" && candidate.declineReason && (
          <Text size="sm">
            {t("candidates.declinedBecause", { reason: t(`declineReason.${candidate.declineReason}`, { ns: "codes" }) })}
          </Text>
        )}
        {moves.length > 0 && (
          /* Stacked on a phone, so "Invite to an interview" stays whole; side by side on a wider screen. */
          <Flex gap="sm" direction={{ base: "column", sm: "row" }}>
            {moves.map((move) => {
              const look = MOVE_LOOK[move];
              return (
                <Button
                  key={move}
                  size="lg"
                  variant={look.variant}
                  color={look.color}
                  leftSection={<look.Icon size={20} aria-hidden />}
                  onClick={() => onMove(candidate, move)}
                >
                  {t(`candidates.move.${move}`)}
                </Button>
              );
            })}
          </Flex>
        )}
      </Stack>
    </Paper>
  );
}
