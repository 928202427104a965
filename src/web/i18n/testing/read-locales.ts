import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Reads the translation files from disk for tests, the way Vite's import.meta.glob finds them in the app. */
export const LOCALES_DIR = fileURLToPath(new URL("../locales", import.meta.url));
export const REFERENCE_LANGUAGE = "en";

export type FlatTranslations = Map<string, string>;

export function localeLanguages(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function namespacesOf(language: string): string[] {
  return readdirSync(join(LOCALES_DIR, language))
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -5))
    .sort();
}

function flatten(value: unknown, prefix: string, into: FlatTranslations) {
  if (typeof value === "string") {
    into.set(prefix, value);
    return;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    into.set(prefix, `<<not a string: ${JSON.stringify(value)}>>`);
    return;
  }
  for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
}

export function readNamespace(language: string, namespace: string): FlatTranslations {
  const json: unknown = JSON.parse(readFileSync(join(LOCALES_DIR, language, `${namespace}.json`), "utf8"));
  const flat: FlatTranslations = new Map();
  flatten(json, "", flat);
  return flat;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export interface KeyGroup {
  /** The key without a plural suffix. */
  base: string;
  /** Plural forms present ("one", "other"…), empty for a key without plurals. */
  forms: Set<string>;
  values: string[];
}

/** Groups "x_one", "x_other"… under "x": languages differ in their plural forms, not in their keys. */
export function groupPlurals(flat: FlatTranslations): Map<string, KeyGroup> {
  const groups = new Map<string, KeyGroup>();
  for (const [key, value] of flat) {
    const match = PLURAL_SUFFIX.exec(key);
    const isPlural = match !== null && flat.has(key.replace(PLURAL_SUFFIX, "_other"));
    const base = isPlural ? key.replace(PLURAL_SUFFIX, "") : key;
    const group = groups.get(base) ?? { base, forms: new Set<string>(), values: [] };
    if (isPlural && match?.[1]) group.forms.add(match[1]);
    group.values.push(value);
    groups.set(base, group);
  }
  return groups;
}

/** {{name}} and {{name, format}} placeholders of a translation. */
export function placeholdersOf(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*-?\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? ""));
}
