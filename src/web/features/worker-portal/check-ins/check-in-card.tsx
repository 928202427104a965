import { Paper, Stack, Text, Title } from "@mantine/core";
import { IconMessageHeart } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { type CheckIn, useCheckInList } from "../../../api/check-ins.js";
import { ButtonLink } from "../../../components/router-links.js";

/** A worker has at most a few check-ins waiting; one page holds them. */
const DUE = { view: "due", page: 1, pageSize: 10 } as const;

function DueCheckIn({ checkIn }: { checkIn: CheckIn }) {
  const { t } = useTranslation("checkIns");
  return (
    <Paper
      component="article"
      p="lg"
      shadow="xs"
      aria-labelledby={`check-in-${checkIn.id}`}
      style={{ borderColor: "var(--mantine-color-olive-4)", borderWidth: 2 }}
    >
      <Stack gap="md">
        <Title order={3} id={`check-in-${checkIn.id}`} fz={24} lh={1.25}>
          {t("portal.cardTitle")}
        </Title>
        <Text fz="lg">{t("portal.cardText", { job: checkIn.jobTitle, employer: checkIn.employerName })}</Text>
        <ButtonLink
          to="/me/check-ins/$checkInId"
          params={{ checkInId: checkIn.id }}
          size="lg"
          fullWidth
          leftSection={<IconMessageHeart size={24} aria-hidden />}
        >
          {t("portal.start")}
        </ButtonLink>
      </Stack>
    </Paper>
  );
}

/**
 * "How is your job going?": the check-ins waiting for the worker's answers, on top of their home page. Nothing shows
 * when none is due, and a failure to load stays quiet (the rest of the page still works; the centre calls anyway).
 */
export function CheckInCards() {
  const checkIns = useCheckInList(DUE);
  if (!checkIns.data || checkIns.data.items.length === 0) return null;
  return (
    <Stack gap="lg">
      {checkIns.data.items.map((checkIn) => (
        <DueCheckIn key={checkIn.id} checkIn={checkIn} />
      ))}
    </Stack>
  );
}
