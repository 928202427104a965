import { Alert, Button, CopyButton, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCheck, IconCopy, IconHome, IconListSearch, IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { GrievanceReported } from "../../api/grievance-report.js";
import { ButtonLink } from "../../components/router-links.js";

/**
 * The end of a report: the reference and the follow-up code, big and clear, to write down or photograph. The code
 * is shown here once; the server keeps only its fingerprint.
 */
export function FollowUpCodeCard({ reported, reporter }: { reported: GrievanceReported; reporter: "public" | "worker" }) {
  const { t } = useTranslation("grievanceReport");
  return (
    <Stack gap="xl" component="section" aria-labelledby="report-sent-title">
      <Title order={2} id="report-sent-title" fz={28} lh={1.3}>
        {t("done.title")}
      </Title>
      <Text fz="lg">{t("done.reference", { reference: reported.reference })}</Text>
      <Paper p="xl" withBorder radius="md" bg="yellow.0">
        <Stack gap="sm" align="center">
          <Text fw={700} fz="lg" id="follow-up-code-label">
            {t("done.codeLabel")}
          </Text>
          <Text
            aria-labelledby="follow-up-code-label"
            data-testid="follow-up-code"
            dir="ltr"
            ff="monospace"
            fw={700}
            fz={{ base: 30, sm: 40 }}
            style={{ letterSpacing: "0.08em", wordBreak: "keep-all", whiteSpace: "nowrap" }}
          >
            {reported.followUpCode}
          </Text>
          <CopyButton value={reported.followUpCode}>
            {({ copied, copy }) => (
              <Button
                size="lg"
                variant="light"
                leftSection={copied ? <IconCheck size={24} aria-hidden /> : <IconCopy size={24} aria-hidden />}
                onClick={copy}
              >
                {copied ? t("done.copied") : t("done.copy")}
              </Button>
            )}
          </CopyButton>
        </Stack>
      </Paper>
      <Alert color="blue" variant="light" icon={<IconLock aria-hidden />}>
        <Text fz="lg">{t("done.keepIt")}</Text>
      </Alert>
      <ButtonLink to="/report/follow" size="lg" fullWidth leftSection={<IconListSearch size={24} aria-hidden />}>
        {t("done.follow")}
      </ButtonLink>
      {reporter === "worker" ? (
        <ButtonLink to="/me/reports" size="lg" variant="light" fullWidth leftSection={<IconHome size={24} aria-hidden />}>
          {t("done.myReports")}
        </ButtonLink>
      ) : (
        <ButtonLink to="/report" reloadDocument size="lg" variant="light" fullWidth leftSection={<IconHome size={24} aria-hidden />}>
          {t("done.another")}
        </ButtonLink>
      )}
    </Stack>
  );
}
