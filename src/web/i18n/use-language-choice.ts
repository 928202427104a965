import { useTranslation } from "react-i18next";
import { useMe, useSaveLocale } from "../api/me.js";
import { switchLanguage } from "./i18n.js";
import { storeLanguage } from "./language-storage.js";

/**
 * The language a person chose: remembered on the device before sign-in and, once signed in, on their account
 * too (PUT /api/me/locale), so it follows them to another phone or the centre's computer.
 */
export function useLanguageChoice() {
  const { i18n } = useTranslation();
  const me = useMe();
  const saveLocale = useSaveLocale();

  async function choose(code: string) {
    await switchLanguage(code);
    storeLanguage(code);
    if (me.data && me.data.locale !== code) saveLocale.mutate(code);
  }

  return { current: i18n.resolvedLanguage ?? i18n.language, choose };
}
