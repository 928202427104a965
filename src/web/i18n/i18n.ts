import i18next, { type BackendModule, type ReadCallback } from "i18next";
import { initReactI18next } from "react-i18next";
import { applyDayjsLocale } from "./dayjs-locale.js";
import { storedLanguage } from "./language-storage.js";
import { AVAILABLE_LANGUAGES, bestAvailableLanguage, directionOf, FALLBACK_LANGUAGE, isAvailableLanguage } from "./languages.js";

type Translations = Record<string, unknown>;
const loaders = import.meta.glob<Translations>("./locales/*/*.json", { import: "default" });

/** Namespaces are the files of the fallback language: adding a JSON file to every language adds a namespace. */
export const NAMESPACES: readonly string[] = Object.keys(loaders)
  .filter((path) => path.startsWith(`./locales/${FALLBACK_LANGUAGE}/`))
  .map((path) => path.slice(path.lastIndexOf("/") + 1, -".json".length))
  .sort();

/** Loads one language's namespace on demand, so a phone downloads only the language it shows. */
const localeFilesBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = loaders[`./locales/${language}/${namespace}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (translations) => callback(null, translations),
      (error: unknown) => callback(error as Error, false),
    );
  },
};

function initialLanguage(): string {
  const stored = storedLanguage();
  if (isAvailableLanguage(stored)) return stored;
  return bestAvailableLanguage(navigator.languages ?? [navigator.language]);
}

/** Keeps the page itself in step with the language: lang for screen readers and hyphenation, dir for RTL. */
function reflectOnDocument(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function initialiseI18n(): Promise<void> {
  const language = initialLanguage();
  i18next.on("languageChanged", reflectOnDocument);
  await i18next
    .use(localeFilesBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: FALLBACK_LANGUAGE,
      supportedLngs: AVAILABLE_LANGUAGES.map((l) => l.code),
      ns: [...NAMESPACES],
      defaultNS: "common",
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: false },
    });
  await applyDayjsLocale(language);
  reflectOnDocument(language);
}

/** Loads the language's files first, then switches: the page never shows a half-translated state. */
export async function switchLanguage(language: string): Promise<void> {
  if (!isAvailableLanguage(language) || i18next.language === language) return;
  await i18next.loadLanguages(language);
  await applyDayjsLocale(language);
  await i18next.changeLanguage(language);
}
