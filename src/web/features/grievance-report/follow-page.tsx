import { Alert, Button, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { IconLogout2, IconMessageReport, IconSearch, IconSend } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { REPORT_MESSAGE_MAX } from "../../../core/grievances/grievance-report-schemas.js";
import { isApiError } from "../../api/api-error.js";
import { type ReporterView, useFollowGrievance, useSendReporterMessage } from "../../api/grievance-report.js";
import { refusalMessage } from "../../components/refusal-message.js";
import { ButtonLink } from "../../components/router-links.js";
import { CaseTimeline } from "./case-timeline.js";

/** A wrong code has its own plain sentence; other refusals (too many tries, the network) the usual message. */
function followError(t: TFunction, error: unknown): string {
  return isApiError(error) && error.code === "not_found" ? t("follow.noCase") : refusalMessage(t, error);
}

/** The main action of a form: large, for a thumb on a phone. */
function SubmitButton({
  loading,
  disabled,
  icon,
  children,
}: {
  loading: boolean;
  disabled: boolean;
  icon: ReactNode;
  children: ReactNode;
}) {
  return (
    <Button type="submit" size="xl" h={64} fullWidth loading={loading} disabled={disabled} leftSection={icon}>
      {children}
    </Button>
  );
}

/** The case, and a message to the centre. */
function OpenCase({
  code,
  view,
  onView,
  onLeave,
}: {
  code: string;
  view: ReporterView;
  onView: (view: ReporterView) => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation("grievanceReport");
  const send = useSendReporterMessage();
  const [message, setMessage] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(
      { code, body: message.trim() },
      {
        onSuccess: (answer) => {
          setMessage("");
          onView(answer);
        },
      },
    );
  };
  return (
    <Stack gap="xl">
      <CaseTimeline reference={view.reference} status={view.status} categories={view.categories} events={view.events} />
      <Stack gap="md" component="form" onSubmit={submit} aria-labelledby="write-title">
        <Title order={2} id="write-title" fz={24}>
          {t("follow.writeTitle")}
        </Title>
        <Textarea
          size="lg"
          label={t("follow.messageLabel")}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={REPORT_MESSAGE_MAX}
          dir="auto"
        />
        {send.error && (
          <Alert color="red" variant="light" role="alert">
            {followError(t, send.error)}
          </Alert>
        )}
        {send.isSuccess && (
          <Alert color="olive" variant="light" role="status">
            {t("follow.messageSent")}
          </Alert>
        )}
        <SubmitButton loading={send.isPending} disabled={message.trim() === ""} icon={<IconSend size={28} aria-hidden />}>
          {t("follow.send")}
        </SubmitButton>
      </Stack>
      <Button size="lg" variant="subtle" leftSection={<IconLogout2 size={24} aria-hidden />} onClick={onLeave}>
        {t("follow.leave")}
      </Button>
    </Stack>
  );
}

/**
 * "/report/follow": the reporter types their follow-up code and sees how their case stands. The code stays in
 * the page (never in the address); leaving forgets it.
 */
export function FollowPage() {
  const { t } = useTranslation("grievanceReport");
  useDocumentTitle(t("documentTitle", { ns: "common", page: t("follow.title") }));
  const follow = useFollowGrievance();
  const [code, setCode] = useState("");
  const [view, setView] = useState<ReporterView | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    follow.mutate(code, { onSuccess: setView });
  };
  const leave = () => {
    setView(null);
    setCode("");
    follow.reset();
  };

  return (
    <Stack gap="xl">
      <Title order={1} fz={32}>
        {t("follow.title")}
      </Title>
      {view ? (
        <OpenCase code={code} view={view} onView={setView} onLeave={leave} />
      ) : (
        <Stack gap="lg" component="form" onSubmit={submit}>
          <Text fz="lg">{t("follow.intro")}</Text>
          <TextInput
            size="xl"
            label={t("follow.codeLabel")}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            dir="ltr"
            styles={{ input: { fontFamily: "monospace", letterSpacing: "0.08em" } }}
          />
          {follow.error && (
            <Alert color="red" variant="light" role="alert">
              {followError(t, follow.error)}
            </Alert>
          )}
          <SubmitButton loading={follow.isPending} disabled={code.trim() === ""} icon={<IconSearch size={28} aria-hidden />}>
            {t("follow.open")}
          </SubmitButton>
          <ButtonLink to="/report" size="lg" variant="light" fullWidth leftSection={<IconMessageReport size={24} aria-hidden />}>
            {t("follow.newReport")}
          </ButtonLink>
        </Stack>
      )}
    </Stack>
  );
}
