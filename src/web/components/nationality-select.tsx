import { Select, type SelectProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

// ISO 3166-1 alpha-2 codes. Nationality is a person's, not a NUTS code: Greece is "GR" here, "EL" in regions.
const ISO_COUNTRIES = (
  "AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR " +
  "CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL " +
  "IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN " +
  "MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG " +
  "SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS XK YE ZA ZM ZW"
).split(" ");

/** Country names come from the browser's own CLDR data, in the reader's language: no list to translate by hand. */
export function useCountryName() {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language, "en"], { type: "region", fallback: "code" });
  return (code: string) => names.of(code) ?? code;
}

/** A searchable Select of every country, by name in the reader's language; takes any other Select prop. */
export function NationalitySelect(props: Omit<SelectProps, "data">) {
  const { i18n } = useTranslation();
  const countryName = useCountryName();
  const collator = new Intl.Collator(i18n.language);
  const data = ISO_COUNTRIES.map((code) => ({ value: code, label: countryName(code) })).sort((a, b) => collator.compare(a.label, b.label));
  return <Select data={data} searchable clearable={!props.required} comboboxProps={{ withinPortal: true }} {...props} />;
}
