import { Badge, Button, Collapse, Flex, Group, Paper, Stack, Text, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconListDetails, IconMapPin, IconSend, IconUserShare } from "@tabler/icons-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { isReferralOpen } from "../../../core/referrals/referral-stages.js";
import type { CandidateMatch } from "../../api/offer-candidates.js";
import { MatchReasons, useReasonLabels } from "../../components/match-reasons.js";
import { formatNumber } from "../../components/money.js";
import { ReferralStageBadge } from "../../components/referral-stage-badge.js";
import { RegionName } from "../../components/region-name.js";
import { AnchorLink } from "../../components/router-links.js";
import { CriteriaChips } from "./criteria-chips.js";
import type { PutForwardMode } from "./put-forward-dialog.js";
import { ScoreRing } from "./score-ring.js";

interface CandidateCardProps {
  offerId: string;
  candidate: CandidateMatch;
  /** Place in the ranking; excluded workers are not ranked. */
  rank: number | null;
  /** The offer takes candidates (published) and the reader may put workers forward. */
  mayPutForward: boolean;
  onPutForward: (mode: PutForwardMode) => void;
}

/** One ranked worker: the score, the criteria at a glance, the reasons in full on request, and what can be done. */
export function CandidateCard({ offerId, candidate, rank, mayPutForward, onPutForward }: CandidateCardProps) {
  const { t, i18n } = useTranslation("referrals");
  const [reasonsOpen, { toggle }] = useDisclosure(false);
  const reasonsId = useId();
  const labels = useReasonLabels(candidate.reasons);
  const { worker, referral } = candidate;
  const name = t("fullName", { given: worker.givenName, family: worker.familyName });
  const excludedReasons = candidate.reasons.filter((reason) => reason.kind === "excluded");
  // A closed candidacy (declined, withdrawn…) does not stop the worker from being put forward again.
  const canPutForward = mayPutForward && candidate.eligible && (!referral || !isReferralOpen(referral.stage));

  return (
    <Paper component="li" p="md" aria-label={name} style={{ listStyle: "none" }} bg={candidate.eligible ? undefined : "gray.0"}>
      <Stack gap="sm">
        <Flex direction={{ base: "column", md: "row" }} justify="space-between" align={{ base: "stretch", md: "flex-start" }} gap="md">
          <Group gap="md" wrap="nowrap" align="center" style={{ flex: 1, minWidth: 0 }}>
            <Text fw={700} c="dimmed" miw={28} ta="center">
              {rank !== null && (
                <>
                  <VisuallyHidden>{t("candidates.rank", { rank: formatNumber(rank, i18n.language) })}</VisuallyHidden>
                  <span aria-hidden>{formatNumber(rank, i18n.language)}</span>
                </>
              )}
            </Text>
            <ScoreRing score={candidate.score} eligible={candidate.eligible} />
            <Stack gap={4} style={{ minWidth: 0 }}>
              <AnchorLink to="/staff/workers/$workerId" params={{ workerId: worker.id }} fw={700} size="lg">
                {name}
              </AnchorLink>
              <Group gap="sm" wrap="wrap">
                <Group gap={4} wrap="nowrap">
                  <IconMapPin size={16} aria-hidden color="var(--mantine-color-gray-6)" />
                  <Text size="sm">
                    <RegionName code={worker.regionCode} />
                  </Text>
                </Group>
                {worker.languages.map((spoken) => (
                  <Badge key={spoken.language} variant="outline" color="gray" size="md" tt="none" fw={500}>
                    {t("languageWithLevel", {
                      language: t(`language.${spoken.language}`, { ns: "codes" }),
                      level: t(`languageLevel.${spoken.level}`, { ns: "codes" }),
                    })}
                  </Badge>
                ))}
              </Group>
            </Stack>
          </Group>
          <Group gap="sm" wrap="wrap" justify="flex-end" style={{ flexShrink: 0 }}>
            {referral && (
              <Group gap="xs" wrap="nowrap">
                <ReferralStageBadge stage={referral.stage} size="lg" />
                <AnchorLink to="/staff/referrals" search={{ offerId, workerId: worker.id }} size="sm">
                  {t("candidates.seeReferral")}
                </AnchorLink>
              </Group>
            )}
            {canPutForward && (
              <>
                <Button
                  variant="light"
                  leftSection={<IconSend size={18} aria-hidden className="mirror-in-rtl" />}
                  onClick={() => onPutForward("propose")}
                  title={t("candidates.proposeHint")}
                >
                  {t("candidates.propose")}
                </Button>
                <Button
                  leftSection={<IconUserShare size={18} aria-hidden />}
                  onClick={() => onPutForward("refer")}
                  title={t("candidates.referHint")}
                >
                  {t("candidates.refer")}
                </Button>
              </>
            )}
          </Group>
        </Flex>

        <CriteriaChips reasons={candidate.reasons} />

        {excludedReasons.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t("candidates.whyExcluded")}
            </Text>
            <MatchReasons reasons={excludedReasons} labels={labels} />
          </Stack>
        )}

        <div>
          <Button
            variant="subtle"
            size="compact-md"
            leftSection={<IconListDetails size={18} aria-hidden />}
            rightSection={
              <IconChevronDown
                size={16}
                aria-hidden
                style={{ transform: reasonsOpen ? "rotate(180deg)" : undefined, transition: "transform 150ms" }}
              />
            }
            onClick={toggle}
            aria-expanded={reasonsOpen}
            aria-controls={reasonsId}
          >
            {t(reasonsOpen ? "candidates.hideReasons" : "candidates.showReasons")}
          </Button>
          <Collapse expanded={reasonsOpen} id={reasonsId}>
            <Stack pt="sm">
              <MatchReasons reasons={candidate.reasons} labels={labels} />
            </Stack>
          </Collapse>
        </div>
      </Stack>
    </Paper>
  );
}
