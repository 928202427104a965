import { Paper } from "@mantine/core";
import type { ReactNode, RefObject } from "react";

/** What a list page hands its filters. */
export interface ListFiltersProps<S> {
  search: S;
  /** Changes some filters and goes back to the first page. */
  onChange: (changes: Partial<S>) => void;
  onClear: () => void;
  searchInputRef: RefObject<HTMLInputElement | null>;
}

/** The filters above a list, as a landmark of their own. */
export function FilterPanel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper p="md" mb="md" component="section" aria-label={label}>
      {children}
    </Paper>
  );
}
