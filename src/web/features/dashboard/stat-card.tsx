import { Group, Paper, Stack, Text, ThemeIcon } from "@mantine/core";
import type { ReactNode } from "react";

interface StatCardProps {
  label: string;
  value: string;
  icon: ReactNode;
  /** A link to the list behind the number, e.g. the workers whose permit expires soon. */
  action?: ReactNode;
  tone?: "default" | "warning" | "danger";
}

const TONE_COLOR = { default: "olive", warning: "orange", danger: "red" } as const;

export function StatCard({ label, value, icon, action, tone = "default" }: StatCardProps) {
  return (
    <Paper>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" c="dimmed" fw={500}>
            {label}
          </Text>
          <ThemeIcon variant="light" color={TONE_COLOR[tone]} size={36} radius="md" aria-hidden>
            {icon}
          </ThemeIcon>
        </Group>
        <Text fz={32} fw={700} lh={1}>
          {value}
        </Text>
        {action}
      </Stack>
    </Paper>
  );
}
