import { useTranslation } from "react-i18next";
import { useRegions } from "../api/reference.js";

/** "ES618" → country ES, NUTS level 3. */
export function regionParts(code: string): { country: string; level: number } {
  return { country: code.slice(0, 2), level: Math.max(0, code.length - 2) };
}

export function useRegionName(code: string | null | undefined): string | null {
  const { t } = useTranslation();
  const { country, level } = regionParts(code ?? "");
  const regions = useRegions(code && level > 0 ? country : null, level);
  if (!code) return null;
  if (level === 0) return t(`country.${code}`, { ns: "codes", defaultValue: code });
  const name = regions.data?.find((region) => region.code === code)?.name;
  return name ? t("region.withCountry", { region: name, country: t(`country.${country}`, { ns: "codes", defaultValue: country }) }) : code;
}

/** A NUTS region by its name and country, e.g. "Huelva (Spain)"; the code while the names load. */
export function RegionName({ code }: { code: string }) {
  return <span>{useRegionName(code)}</span>;
}
