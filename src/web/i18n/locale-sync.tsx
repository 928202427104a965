import { useDirection } from "@mantine/core";
import { DatesProvider } from "@mantine/dates";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/me.js";
import { switchLanguage } from "./i18n.js";
import { storeLanguage } from "./language-storage.js";
import { directionOf, isAvailableLanguage } from "./languages.js";

/** After sign-in the account's language wins over the device's: a worker sees their language on any phone. */
function useAccountLanguage() {
  const me = useMe();
  const locale = me.data?.locale;
  useEffect(() => {
    if (!isAvailableLanguage(locale)) return;
    void switchLanguage(locale).then(() => storeLanguage(locale));
  }, [locale]);
}

/** Mantine's direction (RTL for Arabic) and date pickers follow the interface language. */
export function LocaleSync({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { setDirection } = useDirection();
  useAccountLanguage();
  useEffect(() => setDirection(directionOf(language)), [language, setDirection]);
  return <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
