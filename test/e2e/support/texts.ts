import { readFileSync } from "node:fs";

type Tree = { [key: string]: string | Tree };

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** The untouched translation of `key`, placeholders and all. */
function template(language: string, namespace: string, key: string): string {
  const tree = JSON.parse(
    readFileSync(new URL(`../../../src/web/i18n/locales/${language}/${namespace}.json`, import.meta.url), "utf8"),
  ) as Tree;
  const found = key.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
  if (typeof found !== "string") throw new Error(`no text ${language}/${namespace}:${key}`);
  return found;
}

/** The interface text the user sees, read from the shipped translation files, so tests follow the words. */
export function text(language: string, namespace: string, key: string, values: Record<string, string | number> = {}): string {
  return template(language, namespace, key).replace(PLACEHOLDER, (_, name: string) => String(values[name] ?? ""));
}

/**
 * The interface text as a pattern, for a sentence with a value the test cannot know in advance (a score, a rank):
 * each `{{name}}` given in `values` is that value, any other matches a run of characters and is captured.
 */
export function textPattern(language: string, namespace: string, key: string, values: Record<string, string | number> = {}): RegExp {
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const source = template(language, namespace, key)
    .split(/(\{\{\s*\w+\s*\}\})/)
    .map((part) => {
      const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1];
      if (name === undefined) return literal(part);
      return name in values ? literal(String(values[name])) : "(.+?)";
    })
    .join("");
  return new RegExp(source);
}
