import { Kbd, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { type CSSProperties, type RefObject, useEffect, useState } from "react";
import { SHORTCUT_KEYS } from "./shortcut-keys.js";

interface ListSearchBoxProps {
  /** The search text in the URL. */
  value: string | undefined;
  /** The trimmed text once typing pauses, undefined when the box is empty. */
  onSearch: (q: string | undefined) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  label: string;
  placeholder: string;
  style?: CSSProperties;
}

/** A list's free-text search, reached with the "/" shortcut. */
export function ListSearchBox({ value, onSearch, inputRef, label, placeholder, style }: ListSearchBoxProps) {
  // The text box answers every key press; the URL (and the request) follow once typing pauses.
  const [text, setText] = useState(value ?? "");
  const pushText = useDebouncedCallback((q: string) => onSearch(q.trim() || undefined), 300);
  useEffect(() => setText(value ?? ""), [value]);

  return (
    <TextInput
      ref={inputRef}
      type="search"
      aria-label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={18} aria-hidden />}
      rightSection={<Kbd aria-hidden>{SHORTCUT_KEYS.search}</Kbd>}
      rightSectionPointerEvents="none"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        pushText(event.currentTarget.value);
      }}
      style={style}
    />
  );
}
