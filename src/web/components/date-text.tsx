import dayjs from "dayjs";
import { useTranslation } from "react-i18next";

/** dayjs's localized formats: "L" 25/03/2025, "LL" 25 March 2025, "lll" 25 Mar 2025 14:05. */
export type DateFormat = "L" | "LL" | "ll" | "lll" | "LLL";

/** A date or time in the reader's locale, with the machine-readable value for assistive technology. */
export function DateText({
  value,
  format = "ll",
  relative = false,
}: {
  value: string | null | undefined;
  format?: DateFormat;
  relative?: boolean;
}) {
  const { i18n, t } = useTranslation();
  if (!value) return <span>{t("value.none")}</span>;
  // dayjs's locale is global and switched before i18next's: useTranslation re-renders this on a language change.
  const date = dayjs(value);
  if (!date.isValid()) return <span>{value}</span>;
  return (
    <time dateTime={value} title={relative ? date.format("LLL") : undefined} lang={i18n.language}>
      {relative ? date.fromNow() : date.format(format)}
    </time>
  );
}

export function DateRangeText({ start, end }: { start: string; end: string }) {
  const { t } = useTranslation();
  return <span>{t("value.dateRange", { start: dayjs(start).format("ll"), end: dayjs(end).format("ll") })}</span>;
}
