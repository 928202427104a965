import { Alert, Button, Group, EmptyState as MantineEmptyState, Skeleton, Stack } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorMessageKey } from "../api/api-error.js";

/** A page-shaped placeholder while data loads: the layout does not jump when it arrives. */
export function PageLoading({ rows = 6 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true" aria-label={t("state.loading")} py="md">
      <Skeleton height={32} width="40%" radius="sm" />
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have nothing but their position
        <Skeleton key={index} height={20} width={`${90 - ((index * 13) % 40)}%`} radius="sm" />
      ))}
    </Stack>
  );
}

/** What went wrong, in the reader's language, and a way to try again. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t("state.errorTitle")} my="md" role="alert">
      <Stack gap="sm" align="flex-start">
        <span>{t(errorMessageKey(error), { ns: "errors" })}</span>
        {onRetry && (
          <Button variant="white" color="red" leftSection={<IconRefresh size={18} aria-hidden />} onClick={onRetry}>
            {t("action.retry")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  description?: string;
  /** The next useful step, e.g. "Register a worker" or "Clear the filters". */
  action?: ReactNode;
}

/** A real empty state: says why there is nothing and what to do next. */
export function EmptyState({ icon, title, description, action }: EmptyStateProps) {
  return (
    <MantineEmptyState icon={icon} title={title} description={description} variant="light" py="xl">
      {action && (
        <MantineEmptyState.Actions>
          <Group justify="center">{action}</Group>
        </MantineEmptyState.Actions>
      )}
    </MantineEmptyState>
  );
}
