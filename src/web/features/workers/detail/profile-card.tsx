import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A titled part of the profile; says so plainly when there is nothing recorded. */
export function ProfileCard({
  title,
  empty,
  emptyText,
  children,
}: {
  title: string;
  empty?: boolean;
  emptyText?: string;
  children?: ReactNode;
}) {
  return (
    <Paper component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h4">
          {title}
        </Title>
        {empty ? <Text c="dimmed">{emptyText}</Text> : children}
      </Stack>
    </Paper>
  );
}
