import { Button, type ButtonProps } from "@mantine/core";
import { IconFilterOff } from "@tabler/icons-react";

interface ClearFiltersButtonProps {
  variant: ButtonProps["variant"];
  label: string;
  onClick: () => void;
}

/** Drops every filter of a list at once. */
export function ClearFiltersButton({ variant, label, onClick }: ClearFiltersButtonProps) {
  return (
    <Button variant={variant} leftSection={<IconFilterOff size={18} aria-hidden />} onClick={onClick}>
      {label}
    </Button>
  );
}
