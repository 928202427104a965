// Attribution texts the product must show wherever it uses the shipped reference data (about page, footer of
// printed skills profiles, map legends). The wording is fixed by the sources' terms (see
// shared/data/SOURCES.md), so these texts are not translated through i18n: change them only with the sources.

/** Required by the ESCO terms of use, condition 1, for a service that integrates ESCO. */
export const ESCO_ATTRIBUTION = "This service uses the ESCO classification of the European Commission.";

/** Required by the ESCO terms of use, condition 2: a modified or adapted version must be clearly indicated. */
export const ESCO_MODIFICATION_NOTICE =
  "Adapted subset of ESCO (v1.1.1 English with labels from ESCO v1.0.3/v1.0.8/v1.2.1); modified by Primacenters. " +
  "Only the occupations of ISCO-08 groups 6, 921 and 8341 and their skills are included, descriptions are shortened " +
  "to 300 characters, and labels from several ESCO releases are combined.";

/** Skill labels in Greek, Italian, Dutch and Arabic (and 16 in Spanish and French) are the project's, not ESCO's. */
export const ESCO_PROJECT_TRANSLATIONS_NOTICE =
  "Skill names in Greek, Italian, Dutch and Arabic, and a few in Spanish and French, were translated by the " +
  "Primacenters project; they are not ESCO translations and have not been reviewed by the European Commission.";

/** ISCO-08 group codes and labels reach the product through ESCO; the ILO's work is credited next to ESCO's. */
export const ISCO_CREDIT =
  "Information and data in ESCO is based on an original work published by the ILO under the title International " +
  "Standard Classification of Occupations, ISCO-08. ISCO-08 © International Labour Organization.";

/** Required by the GISCO terms in the legend of every map drawn from the shipped boundaries. */
export const EUROGEOGRAPHICS_CREDIT = "© EuroGeographics for the administrative boundaries";

/** Where the region codes, names and boundaries come from (shown with the EuroGeographics credit). */
export const NUTS_SOURCE = "Regions: NUTS 2024 classification, Eurostat/GISCO (NUTS_RG_20M_2024_4326).";

/**
 * For operators, not for the map legend: the GISCO boundary files may be used for non-commercial purposes
 * only unless a EuroGeographics licence is obtained. NUTS codes and names alone fall under Eurostat's reuse policy.
 */
export const NUTS_BOUNDARIES_USE_CONDITION =
  "The administrative boundaries (GISCO) may be used for non-commercial purposes only; a commercial or paid " +
  "deployment needs a licence from EuroGeographics.";

/** Shown wherever a legal pay floor is shown or used to check an offer. */
export const WAGES_SOURCE_CAVEAT =
  "Minimum wages are indicative: gross amounts in euro taken from public summaries of the legal texts, which may " +
  "be out of date or incomplete. Italy has no statutory minimum wage (collective agreements apply); the Belgian " +
  "joint-committee rates date from 2023 and are indexed every year; in Cyprus agriculture and livestock workers " +
  "are excluded from the national minimum. Check the official legal texts and collective agreements before " +
  "treating a figure as binding.";

export interface DataCredit {
  id: "esco" | "esco-modified" | "esco-project-translations" | "isco" | "nuts" | "eurogeographics" | "wages";
  text: string;
}

/** Every credit in the order an about page lists them. */
export const REFERENCE_DATA_CREDITS: readonly DataCredit[] = [
  { id: "esco", text: ESCO_ATTRIBUTION },
  { id: "esco-modified", text: ESCO_MODIFICATION_NOTICE },
  { id: "esco-project-translations", text: ESCO_PROJECT_TRANSLATIONS_NOTICE },
  { id: "isco", text: ISCO_CREDIT },
  { id: "nuts", text: NUTS_SOURCE },
  { id: "eurogeographics", text: EUROGEOGRAPHICS_CREDIT },
  { id: "wages", text: WAGES_SOURCE_CAVEAT },
];
