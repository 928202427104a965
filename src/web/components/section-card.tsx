import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface SectionCardProps {
  title: string;
  description?: ReactNode;
  /** The section's own actions, on the end of its heading (e.g. "Add a site"). */
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled part of a page or a long form, as a landmark with its own heading. */
export function SectionCard({ title, description, actions, children }: SectionCardProps) {
  return (
    <Paper component="section" aria-label={title}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <div>
            <Title order={2} size="h4">
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          {actions && <Group gap="xs">{actions}</Group>}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
