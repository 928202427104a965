import { Badge, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import {
  type Icon,
  IconArrowLeft,
  IconCalendar,
  IconCircleCheck,
  IconCircleX,
  IconClockExclamation,
  IconDownload,
  IconId,
  IconLanguage,
  IconMessageCircle,
  IconPhone,
  IconTools,
} from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PermitStatus, Worker } from "../../../core/workers/worker-schemas.js";
import { useMe } from "../../api/me.js";
import { workerQuery } from "../../api/workers.js";
import { DateRangeText, DateText } from "../../components/date-text.js";
import { useEscoLabelOf } from "../../components/esco-label.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { ButtonLink } from "../../components/router-links.js";
import { permitLineStatus, permitsByUrgency } from "./permit-line.js";

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function Part({ icon: PartIcon, title, children }: { icon: Icon; title: string; children: ReactNode }) {
  return (
    <Paper component="section" p="lg" aria-label={title}>
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
            <PartIcon size={24} />
          </ThemeIcon>
          <Title order={2} fz={22}>
            {title}
          </Title>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

const PERMIT_LOOK: Record<PermitStatus, { color: string; icon: Icon }> = {
  valid: { color: "olive", icon: IconCircleCheck },
  expiring: { color: "orange", icon: IconClockExclamation },
  expired: { color: "red", icon: IconCircleX },
  none: { color: "gray", icon: IconCircleX },
};

function Permits({ worker }: { worker: Worker }) {
  const { t } = useTranslation("workerPortal");
  const today = todayIso();
  if (worker.authorisations.length === 0) return <Text fz="lg">{t("profile.noPapers")}</Text>;
  return (
    <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
      {permitsByUrgency(worker.authorisations).map((permit) => {
        const status = permitLineStatus(permit, today);
        const look = PERMIT_LOOK[status];
        const urgent = status === "expiring" || status === "expired";
        return (
          <Paper
            key={`${permit.type}-${permit.validFrom}-${permit.validUntil}`}
            component="li"
            p="sm"
            bg={urgent ? `${look.color}.0` : undefined}
            style={urgent ? { borderColor: `var(--mantine-color-${look.color}-5)`, borderWidth: 2 } : undefined}
          >
            <Stack gap={4}>
              <Text fz="lg" fw={600}>
                {t(`authorisation.${permit.type}`, { ns: "codes" })}
              </Text>
              <Text fz="lg">
                {permit.validUntil ? (
                  <>
                    {t("profile.until")} <DateText value={permit.validUntil} format="LL" />
                  </>
                ) : (
                  t("profile.noEnd")
                )}
              </Text>
              <Badge
                color={look.color}
                variant="light"
                size="lg"
                leftSection={<look.icon size={16} aria-hidden />}
                tt="none"
                w="fit-content"
              >
                {t(`profile.permit.${status}`)}
              </Badge>
              {urgent && <Text fz="lg">{t("profile.permitAct")}</Text>}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

function Profile({ worker }: { worker: Worker }) {
  const { t } = useTranslation("workerPortal");
  const skillLabel = useEscoLabelOf(
    "skills",
    worker.skills.map((skill) => skill.skillUri),
  );
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} fz={28}>
          {t("profile.title")}
        </Title>
        <Text fz="xl" fw={600}>
          {t("fullName", { given: worker.givenName, family: worker.familyName })}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <IconPhone size={22} aria-hidden />
          <Text fz="lg" className="ltr-text">
            {worker.phone}
          </Text>
        </Group>
      </Stack>

      <Part icon={IconId} title={t("profile.papers")}>
        <Permits worker={worker} />
      </Part>

      <Part icon={IconLanguage} title={t("profile.languages")}>
        {worker.languages.length === 0 ? (
          <Text fz="lg">{t("profile.nothing")}</Text>
        ) : (
          <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
            {worker.languages.map((spoken) => (
              <Text key={spoken.language} component="li" fz="lg">
                {t("profile.languageLevel", {
                  language: t(`language.${spoken.language}`, { ns: "codes" }),
                  level: t(`languageLevel.${spoken.level}`, { ns: "codes" }),
                })}
              </Text>
            ))}
          </Stack>
        )}
      </Part>

      <Part icon={IconTools} title={t("profile.skills")}>
        {worker.skills.length === 0 ? (
          <Text fz="lg">{t("profile.nothing")}</Text>
        ) : (
          <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
            {worker.skills.map((skill) => (
              <Group key={skill.skillUri} component="li" gap="xs" wrap="nowrap" align="flex-start">
                <IconCircleCheck size={22} aria-hidden color="var(--mantine-color-olive-7)" style={{ flexShrink: 0, marginTop: 4 }} />
                <Text fz="lg">{skillLabel(skill.skillUri)}</Text>
              </Group>
            ))}
          </Stack>
        )}
      </Part>

      <Part icon={IconCalendar} title={t("profile.availability")}>
        {worker.availability.length === 0 ? (
          <Text fz="lg">{t("profile.nothing")}</Text>
        ) : (
          <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
            {worker.availability.map((window) => (
              <Text key={`${window.start}-${window.end}`} component="li" fz="lg">
                <DateRangeText start={window.start} end={window.end} />
              </Text>
            ))}
          </Stack>
        )}
      </Part>

      <Paper p="lg" bg="blue.0" style={{ borderColor: "var(--mantine-color-blue-2)" }}>
        <Group gap="md" wrap="nowrap">
          <IconMessageCircle size={28} aria-hidden color="var(--mantine-color-blue-7)" style={{ flexShrink: 0 }} />
          <Text fz="lg">{t("profile.somethingWrong")}</Text>
        </Group>
      </Paper>
    </Stack>
  );
}

/** The worker's own file, read-only and short: what the centre knows and what the worker should act on. */
export function MyProfilePage() {
  const { t } = useTranslation("workerPortal");
  const me = useMe();
  const workerId = me.data?.workerId ?? "";
  const worker = useQuery({ ...workerQuery(workerId), enabled: !!workerId });
  useDocumentTitle(t("documentTitle", { ns: "common", page: t("profile.title") }));
  // A big button rather than a small link: the way back must be easy to hit with a thumb.
  const back = (
    <ButtonLink
      to="/me"
      size="lg"
      variant="default"
      w="fit-content"
      leftSection={<IconArrowLeft size={24} aria-hidden className="mirror-in-rtl" />}
    >
      {t("action.home")}
    </ButtonLink>
  );

  if (!workerId) {
    return (
      <Stack gap="lg">
        {back}
        <Text fz="lg">{t("home.noFile")}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      {back}
      {worker.isPending ? (
        <PageLoading rows={8} />
      ) : worker.isError ? (
        <PageError error={worker.error} onRetry={() => void worker.refetch()} />
      ) : (
        <Profile worker={worker.data} />
      )}
      <ButtonLink to="/me/my-data" size="lg" variant="light" fullWidth leftSection={<IconDownload size={24} aria-hidden />}>
        {t("export.myLink", { ns: "privacy" })}
      </ButtonLink>
    </Stack>
  );
}
