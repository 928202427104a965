import { SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label over value, in a grid: quick to scan, and it reflows to one column on a phone. */
export function FactGrid({ facts, columns = 3 }: { facts: readonly Fact[]; columns?: 2 | 3 }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: columns }} spacing="lg" verticalSpacing="md" component="dl" m={0}>
      {facts.map((fact) => (
        <Stack key={fact.label} gap={2}>
          <Text component="dt" size="sm" c="dimmed">
            {fact.label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: "anywhere" }}>
            {fact.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
