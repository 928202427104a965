import { useHotkeys } from "@mantine/hooks";
import type { RefObject } from "react";
import { SHORTCUT_KEYS } from "./shortcut-keys.js";

/** A list page's keyboard shortcuts: "/" goes to the search box, "n" creates a record (when the reader may). */
export function useListShortcuts(searchInput: RefObject<HTMLInputElement | null>, create?: () => void) {
  useHotkeys([
    [SHORTCUT_KEYS.search, () => searchInput.current?.focus()],
    [SHORTCUT_KEYS.create, () => create?.()],
  ]);
}
