import { Alert, Button, Stack } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { errorMessageKey } from "../../api/api-error.js";
import { type SeasonPlan, useCreateSeasonPlan } from "../../api/season-plans.js";
import { translatedKey } from "./translated-key.js";

/** A run that failed: why, in the reader's language, and the same run again (as a new plan). */
export function PlanFailed({ plan }: { plan: SeasonPlan }) {
  const { t } = useTranslation("planning");
  const navigate = useNavigate();
  const retry = useCreateSeasonPlan();
  const again = () =>
    retry.mutate(plan.request, {
      onSuccess: (next) => void navigate({ to: "/staff/season-planner/$planId", params: { planId: next.id } }),
    });
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t("failed.title")} role="alert">
      <Stack gap="sm" align="flex-start">
        <span>{translatedKey(t, plan.error)}</span>
        {retry.isError && <span>{t(errorMessageKey(retry.error), { ns: "errors" })}</span>}
        <Button variant="white" color="red" leftSection={<IconRefresh size={18} aria-hidden />} loading={retry.isPending} onClick={again}>
          {t("failed.retry")}
        </Button>
      </Stack>
    </Alert>
  );
}
