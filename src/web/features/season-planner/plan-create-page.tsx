import { Alert, Button, Group, MultiSelect, Paper, SimpleGrid, Slider, Stack, Switch, Text } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconAlertCircle, IconBuildingCommunity, IconCalendar, IconPlayerPlay, IconX } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessageKey } from "../../api/api-error.js";
import { usePublicCentres } from "../../api/grievance-report.js";
import { useMe } from "../../api/me.js";
import { useCreateSeasonPlan } from "../../api/season-plans.js";
import { BackLink } from "../../components/back-link.js";
import { FormErrorSummary } from "../../components/form-error-summary.js";
import { type FieldProblem, fieldDetailsOf, translateProblem } from "../../components/form-problems.js";
import { formatNumber } from "../../components/money.js";
import { PageHeader } from "../../components/page-header.js";
import { PageLoading } from "../../components/page-states.js";
import { checkDraft, initialDraft, type PlanDraft, problemsFromRefusal } from "./plan-draft.js";

const FIELDS = ["centreIds", "seasonStart", "seasonEnd", "minScore"] as const;
const fieldId = (field: string) => `season-plan-${field}`;
const SCORE_MARKS = [0, 25, 50, 75, 100];

/** The new-plan page waits for who is signed in: their centre is the first choice. */
export function PlanCreatePage() {
  const me = useMe();
  if (!me.data) return <PageLoading />;
  return <PlanForm ownCentre={me.data.centreId ? { id: me.data.centreId, name: me.data.centreName ?? "" } : null} />;
}

/**
 * Centres, season and options of a new run. Staff of a centre plan their own centre; a network administrator picks
 * one or more. Submitting starts the run and opens the plan, where its progress shows.
 */
function PlanForm({ ownCentre }: { ownCentre: { id: string; name: string } | null }) {
  const { t, i18n } = useTranslation("planning");
  const navigate = useNavigate();
  const create = useCreateSeasonPlan();
  const centres = usePublicCentres();
  const [draft, setDraft] = useState<PlanDraft>(() => initialDraft(ownCentre?.id ?? null));
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const otherFailure = create.error && fieldDetailsOf(create.error).length === 0 ? create.error : null;

  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setProblems(({ [key]: _fixed, ...rest }) => rest);
  };
  const problemAt = (field: string) => (problems[field] ? translateProblem(t, problems[field]) : undefined);
  const showProblems = (found: Record<string, FieldProblem>) => {
    setProblems(found);
    requestAnimationFrame(() => summaryRef.current?.querySelector<HTMLElement>("[role=alert]")?.focus());
  };

  const submit = () => {
    const check = checkDraft(draft);
    if (!check.ok) return showProblems(check.problems);
    create.mutate(check.value, {
      onSuccess: (plan) => void navigate({ to: "/staff/season-planner/$planId", params: { planId: plan.id } }),
      onError: (error) => showProblems(problemsFromRefusal(fieldDetailsOf(error))),
    });
  };

  const centreOptions = ownCentre
    ? [{ value: ownCentre.id, label: ownCentre.name }]
    : (centres.data ?? []).map((centre) => ({ value: centre.id, label: centre.name }));
  const summary = Object.entries(problems).map(([path, problem]) => ({
    fieldId: (FIELDS as readonly string[]).includes(path) ? fieldId(path) : undefined,
    label: (FIELDS as readonly string[]).includes(path) ? t(`form.${path}`) : undefined,
    message: translateProblem(t, problem),
  }));

  return (
    <>
      <PageHeader
        title={t("form.title")}
        description={t("form.description")}
        back={<BackLink to="/staff/season-planner" label={t("list.title")} />}
      />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="lg" maw={760}>
          <div ref={summaryRef}>
            <FormErrorSummary problems={summary} />
          </div>
          {otherFailure && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              {t(errorMessageKey(otherFailure), { ns: "errors" })}
            </Alert>
          )}
          <Paper p="lg">
            <Stack gap="lg">
              <MultiSelect
                id={fieldId("centreIds")}
                label={t("form.centreIds")}
                description={ownCentre ? t("form.ownCentreHint") : t("form.centresHint")}
                leftSection={<IconBuildingCommunity size={18} aria-hidden />}
                data={centreOptions}
                value={draft.centreIds}
                onChange={(value) => set("centreIds", value)}
                disabled={!!ownCentre || centres.isPending}
                searchable
                required
                error={problemAt("centreIds")}
                comboboxProps={{ withinPortal: true }}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DateInput
                  id={fieldId("seasonStart")}
                  label={t("form.seasonStart")}
                  valueFormat="ll"
                  required
                  leftSection={<IconCalendar size={18} aria-hidden />}
                  value={draft.seasonStart}
                  onChange={(value) => set("seasonStart", value)}
                  error={problemAt("seasonStart")}
                  popoverProps={{ withinPortal: true }}
                />
                <DateInput
                  id={fieldId("seasonEnd")}
                  label={t("form.seasonEnd")}
                  description={t("form.seasonHint")}
                  // Below the field, so that both date fields line up.
                  inputWrapperOrder={["label", "input", "description", "error"]}
                  valueFormat="ll"
                  required
                  leftSection={<IconCalendar size={18} aria-hidden />}
                  value={draft.seasonEnd}
                  onChange={(value) => set("seasonEnd", value)}
                  error={problemAt("seasonEnd")}
                  popoverProps={{ withinPortal: true }}
                />
              </SimpleGrid>
              <Stack gap={6}>
                <Text fw={500} size="sm">
                  {t("form.minScoreValue", { score: formatNumber(draft.minScore, i18n.language) })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t("form.minScoreHint")}
                </Text>
                <Slider
                  id={fieldId("minScore")}
                  min={0}
                  max={100}
                  step={5}
                  value={draft.minScore}
                  onChange={(value) => set("minScore", value)}
                  marks={SCORE_MARKS.map((value) => ({ value, label: formatNumber(value, i18n.language) }))}
                  thumbLabel={t("form.minScore")}
                  label={(value) => formatNumber(value, i18n.language)}
                  mb="lg"
                />
                {problemAt("minScore") && (
                  <Text size="sm" c="red.8">
                    {problemAt("minScore")}
                  </Text>
                )}
              </Stack>
              <Switch
                label={t("form.chaining")}
                description={t("form.chainingHint")}
                checked={draft.chaining}
                onChange={(event) => set("chaining", event.currentTarget.checked)}
              />
            </Stack>
          </Paper>
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              leftSection={<IconX size={18} aria-hidden />}
              onClick={() => void navigate({ to: "/staff/season-planner" })}
            >
              {t("action.cancel", { ns: "common" })}
            </Button>
            <Button type="submit" loading={create.isPending} leftSection={<IconPlayerPlay size={18} aria-hidden />}>
              {t("form.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
