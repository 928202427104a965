import { readFileSync } from "node:fs";

type Tree = { [key: string]: string | Tree };

/** The interface text the user sees, read from the shipped translation files, so tests follow the words. */
export function text(language: string, namespace: string, key: string, values: Record<string, string | number> = {}): string {
  const tree = JSON.parse(
    readFileSync(new URL(`../../../src/web/i18n/locales/${language}/${namespace}.json`, import.meta.url), "utf8"),
  ) as Tree;
  const found = key.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
  if (typeof found !== "string") throw new Error(`no text ${language}/${namespace}:${key}`);
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ""));
}
