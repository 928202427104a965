import type { Country } from "../../core/reference/codes.js";

export type DemoCentreKey = "peloponnese" | "huelva";

export interface DemoCentre {
  key: DemoCentreKey;
  name: string;
  country: Country;
  regionCode: string;
  timezone: string;
}

/**
 * The office of the Peloponnese centre is in Nea Manolada (Ileia), the strawberry area. Ileia is NUTS EL633, in
 * Dytiki Elláda (EL63), not in Peloponnisos (EL65); the centre also serves Argolida/Arkadia (EL651), Korinthia
 * (EL652) and Lakonia/Messinia (EL653). The Huelva centre shows that the data of two centres stays apart.
 */
export const DEMO_CENTRES: readonly DemoCentre[] = [
  { key: "peloponnese", name: "Primacenter Peloponnese", country: "EL", regionCode: "EL633", timezone: "Europe/Athens" },
  { key: "huelva", name: "Primacenter Huelva", country: "ES", regionCode: "ES615", timezone: "Europe/Madrid" },
];
