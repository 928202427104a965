import { Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { IconAt, IconDeviceMobile, IconMessageReport } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/router-links.js";
import { EmailSignIn } from "./email-sign-in.js";
import { PhoneSignIn } from "./phone-sign-in.js";
import { useFinishSignIn } from "./use-finish-sign-in.js";

type Method = "phone" | "email";
const METHOD_KEY = "primacenters.signInMethod";

/** The device remembers how it was last used to sign in: a centre's desk computer opens on e-mail next time. */
function rememberedMethod(): Method {
  try {
    return window.localStorage.getItem(METHOD_KEY) === "email" ? "email" : "phone";
  } catch {
    return "phone";
  }
}

function rememberMethod(method: Method) {
  try {
    window.localStorage.setItem(METHOD_KEY, method);
  } catch {
    // Not remembered: phone stays the default.
  }
}

export function SignInPage() {
  const { t } = useTranslation("auth");
  useDocumentTitle(t("documentTitle", { ns: "common", page: t("title") }));
  const [method, setMethod] = useState<Method>(rememberedMethod);
  const finish = useFinishSignIn();
  const signedIn = async () => {
    rememberMethod(method);
    return finish();
  };

  return (
    <Stack gap="lg" maw={460} mx="auto">
      <Stack gap={4}>
        <Title order={1}>{t("title")}</Title>
        <Text c="dimmed" size="lg">
          {t("subtitle")}
        </Text>
      </Stack>
      <SegmentedControl
        fullWidth
        size="lg"
        value={method}
        onChange={(value) => setMethod(value === "email" ? "email" : "phone")}
        aria-label={t("method.label")}
        data={[
          { value: "phone", label: <MethodLabel icon={<IconDeviceMobile size={20} aria-hidden />} text={t("method.phone")} /> },
          { value: "email", label: <MethodLabel icon={<IconAt size={20} aria-hidden />} text={t("method.email")} /> },
        ]}
      />
      <Paper shadow="xs" p="xl">
        {method === "phone" ? <PhoneSignIn onSignedIn={signedIn} /> : <EmailSignIn onSignedIn={signedIn} />}
      </Paper>
      {/* Reporting a problem at work needs no account (src/web/features/grievance-report). */}
      <Paper p="lg" bg="gray.0">
        <Stack gap="sm">
          <Text fz="lg">{t("entry.noAccount", { ns: "grievanceReport" })}</Text>
          <ButtonLink to="/report" size="lg" variant="light" fullWidth leftSection={<IconMessageReport size={24} aria-hidden />}>
            {t("entry.report", { ns: "grievanceReport" })}
          </ButtonLink>
        </Stack>
      </Paper>
    </Stack>
  );
}

function MethodLabel({ icon, text }: { icon: React.ReactNode; text: string }) {
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 8 }}>
      {icon}
      {text}
    </span>
  );
}
