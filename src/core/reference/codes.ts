// Controlled vocabularies shared by the API, the database and the web app.
// Labels live in the translation files (namespace "codes"), never here.

/** Eurostat country codes (EL = Greece), matching the NUTS codes. */
export const COUNTRIES = ["EL", "CY", "ES", "IT", "BE"] as const;
export type Country = (typeof COUNTRIES)[number];

/** Interface languages. Staff screens use the first seven; worker screens all of them. */
export const UI_LANGUAGES = ["en", "el", "es", "it", "fr", "nl", "ar", "bn", "sq", "ro", "bg", "uk", "ur", "pa"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const STAFF_LANGUAGES = ["en", "el", "es", "it", "fr", "nl", "ar"] as const satisfies readonly UiLanguage[];
export const RTL_LANGUAGES: readonly UiLanguage[] = ["ar", "ur"];

/** Languages a worker may speak (ISO 639-1), wider than the interface languages. */
export const SPOKEN_LANGUAGES = [
  ...UI_LANGUAGES,
  "de",
  "pt",
  "ru",
  "tr",
  "hi",
  "ne",
  "ps",
  "fa",
  "ka",
  "am",
  "ti",
  "wo",
  "ff",
  "ha",
  "tl",
  "zh",
] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

/** CEFR levels plus "native". Ordered: a higher index is a better command of the language. */
export const LANGUAGE_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2", "native"] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const GENDERS = ["woman", "man", "non_binary", "undisclosed"] as const;

/** NACE rev.2 section A divisions plus packing houses beside them. */
export const SECTORS = ["A01", "A02", "A03", "packing"] as const;
export type Sector = (typeof SECTORS)[number];

export const CERTIFICATE_KINDS = [
  "tractor_licence",
  "plant_licence",
  "forklift_licence",
  "chainsaw",
  "pesticide_handling",
  "first_aid",
  "food_safety",
  "boat_licence",
  "driving_licence_b",
  "driving_licence_c",
] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const AUTHORISATION_TYPES = [
  "eu_citizen",
  "long_term_resident",
  "seasonal_work_permit",
  "work_permit",
  "refugee_status",
  "subsidiary_protection",
  "asylum_seeker_work_allowed",
  "student_work_allowed",
  "other",
] as const;
export type AuthorisationType = (typeof AUTHORISATION_TYPES)[number];

export const CONTRACT_TYPES = ["seasonal", "fixed_term", "permanent", "day_work", "work_voucher"] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const PAY_UNITS = ["hour", "day", "month", "piece"] as const;
export type PayUnit = (typeof PAY_UNITS)[number];

export const CONSENT_PURPOSES = ["profile_processing", "referral_to_employers", "contact_by_whatsapp", "contact_by_sms"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const EMPLOYER_SIZES = ["micro", "small", "medium", "large"] as const;
