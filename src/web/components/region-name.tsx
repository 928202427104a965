import { useTranslation } from "react-i18next";
import { type NutsRegion, useRegions } from "../api/reference.js";

/** "ES618" → country ES, NUTS level 3. */
export function regionParts(code: string): { country: string; level: number } {
  return { country: code.slice(0, 2), level: Math.max(0, code.length - 2) };
}

/** Greek and Cypriot regions are written in Greek script; other readers get the Latin spelling (Attiki). */
export function regionNameFor(region: NutsRegion, language: string): string {
  const greekScript = region.country === "EL" || region.country === "CY";
  return greekScript && language !== "el" ? region.nameLatin : region.name;
}

export function useRegionName(code: string | null | undefined): string | null {
  const { t, i18n } = useTranslation();
  const { country, level } = regionParts(code ?? "");
  const regions = useRegions(code && level > 0 ? country : null, level);
  if (!code) return null;
  if (level === 0) return t(`country.${code}`, { ns: "codes", defaultValue: code });
  const region = regions.data?.find((candidate) => candidate.code === code);
  const name = region ? regionNameFor(region, i18n.language) : undefined;
  return name ? t("region.withCountry", { region: name, country: t(`country.${country}`, { ns: "codes", defaultValue: country }) }) : code;
}

/** A NUTS region by its name and country, e.g. "Huelva (Spain)"; the code while the names load. */
export function RegionName({ code }: { code: string }) {
  return <span>{useRegionName(code)}</span>;
}
