import { Alert, Anchor, Collapse, List, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconScale } from "@tabler/icons-react";
import dayjs from "dayjs";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiErrorDetail } from "../../core/shared/api-error.js";
import { type LabourRule, useOfferCheck } from "../api/labour-rules.js";
import { formatCents, formatNumber } from "./money.js";
import { PageError } from "./page-states.js";

/** A problem as the API states it: a code, the field, and the figures for its text. */
export interface ShownProblem {
  code: string;
  severity: "error" | "warning";
  path: readonly (string | number)[];
  params: Record<string, string | number>;
}

/** The interpolation values of a problem's texts: money in the reader's locale, units and countries translated. */
function valuesOf(t: TFunction, language: string, params: ShownProblem["params"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith("Cents") && typeof value === "number") values[name.slice(0, -"Cents".length)] = formatCents(value, language);
    else if (name.endsWith("Unit")) values[name] = t(`payUnit.${value}`, { ns: "codes" });
    else if (name === "country") values[name] = t(`country.${value}`, { ns: "codes" });
    else if (name === "validFrom") values[name] = dayjs(String(value)).format("ll");
    else values[name] = typeof value === "number" ? formatNumber(value, language) : String(value);
  }
  return values;
}

/** Each problem in the reader's language, with how to fix it. */
export function OfferProblemList({ problems }: { problems: readonly ShownProblem[] }) {
  const { t, i18n } = useTranslation("labourRules");
  return (
    <List spacing="sm" icon={null} withPadding={false}>
      {problems.map((problem, index) => {
        const values = valuesOf(t, i18n.language, problem.params);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same code can come twice (two floors), in a fixed order
          <List.Item key={`${problem.code}-${index}`} icon={null}>
            <Text size="sm" fw={600}>
              {t(`problems.${problem.code}`, values)}
            </Text>
            <Text size="sm">
              <Text span size="sm" c="dimmed">
                {t("panel.howToFix")}
              </Text>{" "}
              {t(`fixes.${problem.code}`, values)}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}

/** The problems carried by a refused move (422 offer_check_failed): their code is among the details' params. */
export function problemsOfRefusal(details: readonly ApiErrorDetail[]): ShownProblem[] {
  return details
    .filter((detail) => detail.message.startsWith("labourRules:problems."))
    .map((detail) => ({
      code: detail.message.slice("labourRules:problems.".length),
      severity: "error" as const,
      path: detail.path,
      params: detail.params ?? {},
    }));
}

function RulesApplied({ rules }: { rules: readonly LabourRule[] }) {
  const { t, i18n } = useTranslation("labourRules");
  const [open, setOpen] = useState(false);
  if (rules.length === 0) return null;
  return (
    <Stack gap={4}>
      <Anchor component="button" type="button" size="sm" onClick={() => setOpen((o) => !o)} aria-expanded={open} mih={44} ta="start">
        {t(open ? "panel.hideRules" : "panel.showRules", { number: rules.length })}
      </Anchor>
      <Collapse expanded={open}>
        <List size="sm" spacing={4}>
          {rules.map((rule) => (
            <List.Item key={rule.id}>
              {t(`kind.${rule.kind}`)}:{" "}
              {rule.amountCents !== null
                ? `${formatCents(rule.amountCents, i18n.language)} ${t(`payUnit.${rule.payUnit}`, { ns: "codes" })}`
                : formatNumber(rule.value ?? 0, i18n.language)}{" "}
              <Text span size="xs" c="dimmed">
                ({rule.source})
              </Text>
            </List.Item>
          ))}
        </List>
      </Collapse>
    </Stack>
  );
}

/**
 * The offer against the labour rules of its country, sector and dates, as the API checks it before publication:
 * every problem and how to fix it, warnings apart, and the rules that were checked. Shown to staff and employers.
 */
export function OfferCheckPanel({ offerId }: { offerId: string }) {
  const { t } = useTranslation("labourRules");
  const check = useOfferCheck(offerId);
  return (
    <Paper component="section" aria-labelledby="offer-check-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="offer-check-title">
          <IconScale size={20} aria-hidden style={{ verticalAlign: "middle", marginInlineEnd: 8 }} />
          {t("panel.title")}
        </Title>
        {check.isPending ? (
          <Loader size="sm" aria-label={t("panel.checking")} />
        ) : check.isError ? (
          <PageError error={check.error} onRetry={() => void check.refetch()} />
        ) : (
          <>
            {check.data.passes ? (
              <Alert color="olive" variant="light" icon={<IconCircleCheck aria-hidden />}>
                {t("panel.passes", { country: t(`country.${check.data.country}`, { ns: "codes" }) })}
              </Alert>
            ) : (
              <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t("panel.fails")}>
                <OfferProblemList problems={check.data.problems.filter((p) => p.severity === "error")} />
              </Alert>
            )}
            {check.data.problems.some((p) => p.severity === "warning") && (
              <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} title={t("panel.warnings")}>
                <OfferProblemList problems={check.data.problems.filter((p) => p.severity === "warning")} />
              </Alert>
            )}
            <RulesApplied rules={check.data.rulesApplied} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
