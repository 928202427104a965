import { Box, Group, Stack, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type Icon, IconArchive, IconCheck, IconUsersGroup } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { OfferStatus } from "../../core/offers/offer-lifecycle.js";
import { OFFER_STATUS_LOOK } from "./offer-status-badge.js";

const STEPS = ["draft", "submitted", "checked", "published"] as const;

type StepState = "done" | "current" | "todo";

interface Step {
  key: string;
  label: string;
  hint: string;
  icon: Icon;
  state: StepState;
}

function StepMark({ step, ended }: { step: Step; ended: "closed" | "filled" | null }) {
  const StepIcon = step.state === "done" ? IconCheck : step.icon;
  const color = step.state === "todo" ? "gray" : ended === "closed" ? "dark" : "olive";
  return (
    <ThemeIcon
      size={36}
      radius="xl"
      color={color}
      variant={step.state === "done" ? "filled" : "light"}
      aria-hidden
      style={step.state === "current" ? { outline: "2px solid var(--mantine-color-olive-6)", outlineOffset: 2 } : undefined}
    >
      <StepIcon size={18} />
    </ThemeIcon>
  );
}

/**
 * Where the offer stands on its way: draft → submitted → checked → published → filled or closed. The last step
 * names the end the offer reached, or both ends while it has reached neither. An ordered list, not buttons: the steps
 * are read, not pressed. On a phone the steps stack.
 */
export function OfferLifecycleStepper({ status }: { status: OfferStatus }) {
  const { t } = useTranslation("offers");
  const narrow = useMediaQuery("(max-width: 48em)");
  const ended = status === "filled" || status === "closed" ? status : null;
  const current = ended ? STEPS.length : STEPS.indexOf(status as (typeof STEPS)[number]);
  const stateOf = (index: number): StepState => (index < current ? "done" : index === current ? "current" : "todo");
  const code = (value: OfferStatus) => t(`offerStatus.${value}`, { ns: "codes" });
  const steps: Step[] = [
    ...STEPS.map((step, index) => ({
      key: step,
      label: code(step),
      hint: t(`lifecycle.hint.${step}`),
      icon: OFFER_STATUS_LOOK[step].Icon,
      state: stateOf(index),
    })),
    {
      key: "end",
      label: ended ? code(ended) : t("lifecycle.end"),
      hint: t(ended ? `lifecycle.hint.${ended}` : "lifecycle.hint.end"),
      icon: ended === "closed" ? IconArchive : IconUsersGroup,
      state: ended ? "current" : "todo",
    },
  ];

  return (
    <Box
      component="ol"
      aria-label={t("lifecycle.label")}
      m={0}
      p={0}
      style={{ listStyle: "none", display: "flex", flexDirection: narrow ? "column" : "row", gap: narrow ? 4 : 8 }}
    >
      {steps.map((step, index) => (
        <Group
          key={step.key}
          component="li"
          aria-current={step.state === "current" ? "step" : undefined}
          gap="sm"
          wrap="nowrap"
          align="center"
          style={{ flex: narrow ? undefined : 1, minWidth: 0 }}
        >
          <StepMark step={step} ended={ended} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" fw={step.state === "todo" ? 500 : 700} c={step.state === "todo" ? "dimmed" : undefined}>
              <VisuallyHidden>{t(`lifecycle.state.${step.state}`)}</VisuallyHidden>
              {step.label}
            </Text>
            <Text size="xs" c="dimmed">
              {step.hint}
            </Text>
          </Stack>
          {!narrow && index < steps.length - 1 && (
            <Box
              aria-hidden
              style={{
                flex: 1,
                minWidth: 12,
                height: 2,
                background: step.state === "done" ? "var(--mantine-color-olive-6)" : "var(--mantine-color-gray-3)",
              }}
            />
          )}
        </Group>
      ))}
    </Box>
  );
}
