import {
  Alert,
  Button,
  Checkbox,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  UnstyledButton,
} from "@mantine/core";
import {
  IconArrowBack,
  IconArrowForward,
  IconBuildingCommunity,
  IconCheck,
  IconEyeOff,
  IconSend,
  IconUserCheck,
} from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GrievanceCategory } from "../../../core/grievances/grievance-codes.js";
import { REPORT_DESCRIPTION_MAX } from "../../../core/grievances/grievance-report-schemas.js";
import { UI_LANGUAGES, type UiLanguage } from "../../../core/reference/codes.js";
import { type GrievanceReported, usePublicCentres, useReportGrievance, useReportGrievanceAsWorker } from "../../api/grievance-report.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { refusalMessage } from "../../components/refusal-message.js";
import { CATEGORY_ICONS, CATEGORY_ORDER } from "./category-icons.js";
import { FollowUpCodeCard } from "./follow-up-code-card.js";

type Step = "what" | "centre" | "where" | "story" | "who";

/** Who reports: anyone on the public page, or a signed-in worker of a centre (whose report is signed by default). */
export type Reporter = { kind: "public" } | { kind: "worker"; centreId: string };

const STEP_TITLE_IDS = "report-step-title";

/** A choice as a large button with its pictogram, pressed (aria-pressed) when chosen. */
function ChoiceButton({
  icon,
  label,
  hint,
  chosen,
  onClick,
}: {
  icon: ReactNode;
  label: string;
  hint?: string;
  chosen: boolean;
  onClick: () => void;
}) {
  return (
    <UnstyledButton
      onClick={onClick}
      aria-pressed={chosen}
      p="md"
      mih={64}
      style={{
        borderRadius: "var(--mantine-radius-md)",
        border: `2px solid var(--mantine-color-${chosen ? "blue-6" : "gray-3"})`,
        background: chosen ? "var(--mantine-color-blue-0)" : "white",
      }}
    >
      <Group gap="md" wrap="nowrap" align="flex-start">
        <span style={{ flexShrink: 0, color: "var(--mantine-color-blue-7)" }}>{icon}</span>
        <Stack gap={2} style={{ flex: 1 }}>
          <Text fw={700} fz="lg">
            {label}
          </Text>
          {hint && (
            <Text c="dimmed" fz="sm">
              {hint}
            </Text>
          )}
        </Stack>
        {chosen && <IconCheck size={24} aria-hidden color="var(--mantine-color-blue-7)" style={{ flexShrink: 0 }} />}
      </Group>
    </UnstyledButton>
  );
}

function StepFrame({
  title,
  hint,
  step,
  total,
  children,
  onBack,
  next,
}: {
  title: string;
  hint?: string;
  step: number;
  total: number;
  children: ReactNode;
  onBack?: () => void;
  next: ReactNode;
}) {
  const { t } = useTranslation("grievanceReport");
  return (
    <Stack gap="lg" component="section" aria-labelledby={STEP_TITLE_IDS}>
      <Progress value={(step / total) * 100} size="lg" aria-hidden />
      <Text c="dimmed" fz="lg">
        {t("flow.progress", { current: step, total })}
      </Text>
      <Title order={2} id={STEP_TITLE_IDS} fz={28} lh={1.3}>
        {title}
      </Title>
      {hint && <Text fz="lg">{hint}</Text>}
      {children}
      {next}
      {onBack && (
        <Button size="lg" variant="subtle" leftSection={<IconArrowBack size={24} aria-hidden />} onClick={onBack}>
          {t("flow.back")}
        </Button>
      )}
    </Stack>
  );
}

function NextButton({ disabled, onClick }: { disabled?: boolean; onClick: () => void }) {
  const { t } = useTranslation("grievanceReport");
  return (
    <Button size="xl" h={64} fullWidth disabled={disabled} rightSection={<IconArrowForward size={28} aria-hidden />} onClick={onClick}>
      {t("flow.next")}
    </Button>
  );
}

/**
 * Reporting a problem one question at a time: what happened (pictograms), the centre (public page only, skipped when
 * there is one), the workplace, the story in the reporter's words, then signed or anonymous. The answer is the
 * follow-up code, shown big.
 */
export function ReportFlow({ reporter }: { reporter: Reporter }) {
  const { t, i18n } = useTranslation("grievanceReport");
  const centres = usePublicCentres();
  const publicReport = useReportGrievance();
  const workerReport = useReportGrievanceAsWorker();
  const [step, setStep] = useState<Step>("what");
  const [categories, setCategories] = useState<GrievanceCategory[]>([]);
  const [chosenCentre, setChosenCentre] = useState<string | null>(null);
  const [workplace, setWorkplace] = useState("");
  const [story, setStory] = useState("");
  const [anonymous, setAnonymous] = useState(reporter.kind === "public");
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [shared, setShared] = useState(false);
  const [reported, setReported] = useState<GrievanceReported | null>(null);

  const onlyCentre = centres.data?.length === 1 ? centres.data[0]?.id : undefined;
  const centreId = reporter.kind === "worker" ? reporter.centreId : (chosenCentre ?? onlyCentre ?? null);
  const askCentre = reporter.kind === "public" && !onlyCentre;
  const steps: Step[] = askCentre ? ["what", "centre", "where", "story", "who"] : ["what", "where", "story", "who"];
  const index = steps.indexOf(step);
  const go = (offset: number) => setStep(steps[index + offset] ?? step);
  const language: UiLanguage = (UI_LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as UiLanguage) : "en";
  const sending = publicReport.isPending || workerReport.isPending;
  const error = publicReport.error ?? workerReport.error;

  if (reported) return <FollowUpCodeCard reported={reported} reporter={reporter.kind} />;
  if (centres.isPending) return <PageLoading rows={4} />;
  if (centres.isError) return <PageError error={centres.error} onRetry={() => void centres.refetch()} />;

  const send = () => {
    if (!centreId) return;
    const facts = { language, categories, description: story.trim(), workplaceGiven: workplace.trim() };
    const done = { onSuccess: (answer: GrievanceReported) => setReported(answer) };
    if (reporter.kind === "worker" && !anonymous) workerReport.mutate({ ...facts, sharedWithCaseworkers: shared }, done);
    else {
      const signed = anonymous ? null : { name: name.trim(), phone: phone.replace(/[\s-]/g, ""), sharedWithCaseworkers: shared };
      publicReport.mutate({ centreId, ...facts, reporter: signed }, done);
    }
  };
  const frame = { step: index + 1, total: steps.length, onBack: index > 0 ? () => go(-1) : undefined };
  const toggle = (category: GrievanceCategory) =>
    setCategories((current) => (current.includes(category) ? current.filter((c) => c !== category) : [...current, category]));

  switch (step) {
    case "what":
      return (
        <StepFrame
          {...frame}
          title={t("what.title")}
          hint={t("what.hint")}
          next={<NextButton disabled={categories.length === 0} onClick={() => go(1)} />}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {CATEGORY_ORDER.map((category) => {
              const Icon = CATEGORY_ICONS[category];
              return (
                <ChoiceButton
                  key={category}
                  icon={<Icon size={32} aria-hidden />}
                  label={t(`category.${category}`, { ns: "grievanceCodes" })}
                  hint={t(`categoryHint.${category}`, { ns: "grievanceCodes" })}
                  chosen={categories.includes(category)}
                  onClick={() => toggle(category)}
                />
              );
            })}
          </SimpleGrid>
        </StepFrame>
      );
    case "centre":
      return (
        <StepFrame
          {...frame}
          title={t("centre.title")}
          hint={t("centre.hint")}
          next={<NextButton disabled={!chosenCentre} onClick={() => go(1)} />}
        >
          <Stack gap="sm">
            {(centres.data ?? []).map((centre) => (
              <ChoiceButton
                key={centre.id}
                icon={<IconBuildingCommunity size={32} aria-hidden />}
                label={centre.name}
                hint={t(`country.${centre.country}`, { ns: "codes", defaultValue: centre.country })}
                chosen={chosenCentre === centre.id}
                onClick={() => setChosenCentre(centre.id)}
              />
            ))}
          </Stack>
        </StepFrame>
      );
    case "where":
      return (
        <StepFrame {...frame} title={t("where.title")} hint={t("where.hint")} next={<NextButton onClick={() => go(1)} />}>
          <TextInput
            size="lg"
            label={t("where.label")}
            value={workplace}
            onChange={(event) => setWorkplace(event.currentTarget.value)}
            maxLength={200}
            dir="auto"
          />
        </StepFrame>
      );
    case "story":
      return (
        <StepFrame
          {...frame}
          title={t("story.title")}
          hint={t("story.hint")}
          next={<NextButton disabled={story.trim() === ""} onClick={() => go(1)} />}
        >
          <Textarea
            size="lg"
            label={t("story.label")}
            value={story}
            onChange={(event) => setStory(event.currentTarget.value)}
            autosize
            minRows={5}
            maxLength={REPORT_DESCRIPTION_MAX}
            dir="auto"
          />
        </StepFrame>
      );
    case "who": {
      const signedIncomplete =
        !anonymous && reporter.kind === "public" && (name.trim() === "" || !/^\+[1-9]\d{7,14}$/.test(phone.replace(/[\s-]/g, "")));
      return (
        <StepFrame
          {...frame}
          title={t("who.title")}
          hint={t("who.hint")}
          next={
            <Stack gap="md">
              {error && (
                <Alert color="red" variant="light" role="alert">
                  {refusalMessage(t, error)}
                </Alert>
              )}
              <Button
                size="xl"
                h={64}
                fullWidth
                loading={sending}
                disabled={signedIncomplete || !centreId}
                leftSection={<IconSend size={28} aria-hidden />}
                onClick={send}
              >
                {t("who.send")}
              </Button>
            </Stack>
          }
        >
          <Stack gap="sm">
            <ChoiceButton
              icon={<IconEyeOff size={32} aria-hidden />}
              label={t("who.anonymous")}
              hint={t("who.anonymousHint")}
              chosen={anonymous}
              onClick={() => setAnonymous(true)}
            />
            <ChoiceButton
              icon={<IconUserCheck size={32} aria-hidden />}
              label={t("who.signed")}
              hint={reporter.kind === "worker" ? t("who.signedWorkerHint") : t("who.signedHint")}
              chosen={!anonymous}
              onClick={() => setAnonymous(false)}
            />
          </Stack>
          {!anonymous && (
            <Stack gap="md">
              {reporter.kind === "public" && (
                <>
                  <TextInput
                    size="lg"
                    label={t("who.name")}
                    value={name}
                    onChange={(e) => setName(e.currentTarget.value)}
                    maxLength={100}
                    required
                  />
                  <TextInput
                    size="lg"
                    type="tel"
                    label={t("who.phone")}
                    description={t("who.phoneHint")}
                    value={phone}
                    onChange={(e) => setPhone(e.currentTarget.value)}
                    maxLength={20}
                    dir="ltr"
                    required
                  />
                </>
              )}
              <Checkbox
                size="lg"
                label={t("who.shared")}
                description={t("who.sharedHint")}
                checked={shared}
                onChange={(e) => setShared(e.currentTarget.checked)}
              />
            </Stack>
          )}
        </StepFrame>
      );
    }
  }
}
