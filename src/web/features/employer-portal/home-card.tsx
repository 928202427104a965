import { Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import type { Icon } from "@tabler/icons-react";
import type { ReactNode } from "react";

interface HomeCardProps {
  icon: Icon;
  title: string;
  /** One or two lines that say where things stand. */
  children: ReactNode;
  /** The card's buttons, full width on a phone. */
  actions: ReactNode;
}

/** One of the portal's three areas on the first screen: where it stands and the one thing to do next. */
export function HomeCard({ icon: CardIcon, title, children, actions }: HomeCardProps) {
  return (
    <Paper component="section" aria-label={title} p="lg">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
            <CardIcon size={26} />
          </ThemeIcon>
          <Title order={2} size="h3">
            {title}
          </Title>
        </Group>
        <Text size="lg" component="div">
          {children}
        </Text>
        {actions}
      </Stack>
    </Paper>
  );
}
