/**
 * The staff console's keyboard shortcuts, in one place: pages register them with useHotkeys and show them in
 * <Kbd>, the help dialog lists them. Keys are not words, so they are not translated.
 */
export const SHORTCUT_KEYS = {
  search: "/",
  create: "n",
  help: "?",
  close: "Esc",
} as const;
