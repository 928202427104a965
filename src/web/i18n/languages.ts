import { UI_LANGUAGES } from "../../core/reference/codes.js";

export type TextDirection = "ltr" | "rtl";

/** What each language says about itself, in the "language" block of its common.json. */
interface LanguageMeta {
  /** The language's name in the language itself, as shown in the language picker. */
  name: string;
  direction: TextDirection;
}

export interface AvailableLanguage extends LanguageMeta {
  code: string;
}

// Languages are data: a folder under locales/ with a common.json is a language. Only the small "language" block is
// bundled eagerly (the picker needs every name); the translations themselves are loaded when a language is chosen.
const metaByPath = import.meta.glob<LanguageMeta>("./locales/*/common.json", { eager: true, import: "language" });

/** Known interface languages keep the product's order; a language added as a new folder goes at the end. */
function orderOf(code: string): number {
  const index = (UI_LANGUAGES as readonly string[]).indexOf(code);
  return index === -1 ? UI_LANGUAGES.length : index;
}

export const AVAILABLE_LANGUAGES: readonly AvailableLanguage[] = Object.entries(metaByPath)
  .map(([path, meta]) => ({ code: path.split("/")[2] ?? "", name: meta.name, direction: meta.direction }))
  .filter((language) => language.code !== "")
  .sort((a, b) => orderOf(a.code) - orderOf(b.code) || a.code.localeCompare(b.code));

export const FALLBACK_LANGUAGE = "en";

export function isAvailableLanguage(code: string | null | undefined): code is string {
  return !!code && AVAILABLE_LANGUAGES.some((language) => language.code === code);
}

export function directionOf(code: string): TextDirection {
  return AVAILABLE_LANGUAGES.find((language) => language.code === code)?.direction ?? "ltr";
}

/** The best available language for a browser's list of preferred languages ("ar-MA" → "ar"). */
export function bestAvailableLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (isAvailableLanguage(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}
