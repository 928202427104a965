import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";

interface FormSectionProps {
  title: string;
  description?: string;
  children: ReactNode;
}

/** One part of a long form, as a landmark with its own heading. */
export function FormSection({ title, description, children }: FormSectionProps) {
  return (
    <Paper component="section" aria-label={title}>
      <Stack gap="md">
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
        {children}
      </Stack>
    </Paper>
  );
}

/** "Add a language", "Add a certificate"…: the one way to grow a list, always below it. */
export function AddRowButton({ label, onClick, disabled }: { label: string; onClick: () => void; disabled?: boolean }) {
  return (
    <Group>
      <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={onClick} disabled={disabled}>
        {label}
      </Button>
    </Group>
  );
}

/** A row of a list: the fields, and on the end its remove button. */
export function ListRow({ children, remove }: { children: ReactNode; remove: ReactNode }) {
  return (
    <Group align="flex-end" gap="sm" wrap="nowrap" p="sm" bg="gray.0" style={{ borderRadius: "var(--mantine-radius-md)" }}>
      <Group align="flex-end" gap="sm" style={{ flex: 1 }} wrap="wrap">
        {children}
      </Group>
      {remove}
    </Group>
  );
}
