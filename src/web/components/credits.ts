/**
 * The wording the data licences require, quoted as their owners wrote it (see src/data and
 * ../shared/data/SOURCES.md). The interface shows a translation; the About page also shows these originals.
 */
export const ESCO_STATEMENT_ORIGINAL = "This service uses the ESCO classification of the European Commission.";
export const EUROGEOGRAPHICS_NOTICE_ORIGINAL = "© EuroGeographics for the administrative boundaries";
export const ESCO_ADAPTED_ORIGINAL =
  "Adapted subset of ESCO (v1.1.1 English with labels from ESCO v1.0.3/v1.0.8/v1.2.1); modified by Primacenters.";
export const ISCO_NOTICE_ORIGINAL =
  "Information and data in ESCO is based on an original work published by the ILO under the title International Standard Classification of Occupations, ISCO-08.";

export const ESCO_URL = "https://esco.ec.europa.eu/";
export const ISCO_URL = "https://www.ilo.org/public/english/bureau/stat/isco/isco08/";
export const GISCO_URL = "https://ec.europa.eu/eurostat/web/gisco/geodata/statistical-units/territorial-units-statistics";
export const SOURCE_CODE_LICENCE = "AGPL-3.0-or-later";
