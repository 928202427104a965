import { Button, Group } from "@mantine/core";
import type { ReactNode } from "react";

interface ChoiceButtonsProps<V extends string> {
  /** What is being chosen, for screen readers (the visible question). */
  label: string;
  options: readonly { value: V; label: string; icon?: ReactNode; color?: string }[];
  value: V | null;
  onChange: (value: V) => void;
  disabled?: boolean;
}

/** One answer out of a few, as big buttons a thumb hits easily (at least 44 px); arrow keys are not needed: Tab moves. */
export function ChoiceButtons<V extends string>({ label, options, value, onChange, disabled }: ChoiceButtonsProps<V>) {
  return (
    <Group role="radiogroup" aria-label={label} gap="xs" wrap="wrap">
      {options.map((option) => {
        const chosen = option.value === value;
        return (
          <Button
            key={option.value}
            role="radio"
            aria-checked={chosen}
            size="md"
            mih={44}
            miw={88}
            variant={chosen ? "filled" : "default"}
            color={chosen ? option.color : undefined}
            leftSection={option.icon}
            disabled={disabled}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </Button>
        );
      })}
    </Group>
  );
}
