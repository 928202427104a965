import { Anchor, Blockquote, List, Paper, Stack, Text, Title } from "@mantine/core";
import { IconBook, IconExternalLink } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import {
  ESCO_ADAPTED_ORIGINAL,
  ESCO_STATEMENT_ORIGINAL,
  ESCO_URL,
  EUROGEOGRAPHICS_NOTICE_ORIGINAL,
  GISCO_URL,
  ISCO_NOTICE_ORIGINAL,
  ISCO_URL,
  SOURCE_CODE_LICENCE,
} from "../../components/credits.js";
import { PageHeader } from "../../components/page-header.js";

function Source({ title, children, href }: { title: string; children: React.ReactNode; href: string }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
        <Anchor href={href} target="_blank" rel="noreferrer" size="sm">
          <IconExternalLink size={14} aria-hidden /> {t("about.source")}
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** The credits in full: what the ESCO, ILO and GISCO terms require, in the reader's language and in the original. */
export function AboutPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t("about.title")} description={t("about.intro")} />
      <Source title={t("about.escoTitle")} href={ESCO_URL}>
        <Text fw={600}>{t("credits.esco")}</Text>
        <Text>{t("about.escoAdapted")}</Text>
        <Text size="sm" c="dimmed">
          {t("about.escoDisclaimer")}
        </Text>
        <Blockquote icon={<IconBook size={18} aria-hidden />} p="md" lang="en" dir="ltr" cite={t("about.original")}>
          {ESCO_STATEMENT_ORIGINAL} {ESCO_ADAPTED_ORIGINAL}
        </Blockquote>
      </Source>
      <Source title={t("about.iscoTitle")} href={ISCO_URL}>
        <Text>{t("about.iscoText")}</Text>
        <Blockquote icon={<IconBook size={18} aria-hidden />} p="md" lang="en" dir="ltr" cite={t("about.original")}>
          {ISCO_NOTICE_ORIGINAL}
        </Blockquote>
      </Source>
      <Source title={t("about.nutsTitle")} href={GISCO_URL}>
        <Text fw={600}>{t("credits.eurogeographics")}</Text>
        <Text>{t("about.nutsText")}</Text>
        <Text size="sm" c="dimmed">
          {t("about.nutsNonCommercial")}
        </Text>
        <Blockquote icon={<IconBook size={18} aria-hidden />} p="md" lang="en" dir="ltr" cite={t("about.original")}>
          {EUROGEOGRAPHICS_NOTICE_ORIGINAL}
        </Blockquote>
      </Source>
      <Paper component="section" aria-label={t("about.softwareTitle")}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t("about.softwareTitle")}
          </Title>
          <Text>{t("about.softwareText", { licence: SOURCE_CODE_LICENCE })}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t("about.wagesNote")}</List.Item>
          </List>
        </Stack>
      </Paper>
    </Stack>
  );
}
