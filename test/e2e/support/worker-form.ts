import type { Page } from "playwright-core";
import { escoLabel, type Lang, loadEscoCatalogue } from "../../../src/data/esco-catalogue.js";
import { loadNutsRegions } from "../../../src/data/nuts-regions.js";
import { chooseOption, fillDate, literally } from "./fields.js";
import { text } from "./texts.js";

/** A worker as a caseworker learns it in the interview: codes, as the API stores them. */
export interface NewWorker {
  givenName: string;
  familyName: string;
  phone: string;
  gender: "woman" | "man" | "non_binary" | "undisclosed";
  birthYear: number;
  /** ISO 3166 code, e.g. "SY". */
  nationality: string;
  preferredLanguage: string;
  /** NUTS 3 code, e.g. "EL633". */
  regionCode: string;
  languages: { language: string; level: string }[];
  authorisations: { type: string; validFrom: string; validUntil: string | null }[];
  occupations: { occupationUri: string; yearsExperience: number }[];
  availability: { start: string; end: string }[];
  accommodationNeeded: boolean;
}

/** An ESCO occupation's label as the picker shows it in `language`. */
export function occupationLabel(uri: string, language: string): string {
  const occupation = loadEscoCatalogue().occupations.get(uri);
  if (!occupation) throw new Error(`no ESCO occupation ${uri}`);
  return escoLabel(occupation, language as Lang);
}

/** A NUTS region's name as the region picker shows it: Greek regions in Latin script except to Greek readers. */
export function regionLabel(code: string, language: string): string {
  const region = loadNutsRegions().get(code);
  if (!region) throw new Error(`no NUTS region ${code}`);
  return (region.country === "EL" || region.country === "CY") && language !== "el" ? region.nameLatin : region.nameNative;
}

/** A country's name as the nationality picker shows it: the browser's CLDR names, which Node shares. */
export function countryName(code: string, language: string): string {
  return new Intl.DisplayNames([language, "en"], { type: "region" }).of(code) ?? code;
}

/** Fills the "Register a worker" form (or an empty edit form) section by section, by the labels people read. */
export async function fillWorkerForm(page: Page, language: string, worker: NewWorker): Promise<void> {
  const t = (key: string, values?: Record<string, string | number>) => text(language, "workers", key, values);
  const code = (key: string) => text(language, "codes", key);
  const section = (key: string) => page.getByRole("region", { name: t(key), exact: true });

  const identity = section("form.identity");
  await identity.getByRole("textbox", { name: t("field.givenName"), exact: true }).fill(worker.givenName);
  await identity.getByRole("textbox", { name: t("field.familyName"), exact: true }).fill(worker.familyName);
  await identity.getByRole("textbox", { name: t("field.phone"), exact: true }).fill(worker.phone);
  await chooseOption(page, identity.getByRole("combobox", { name: t("field.gender"), exact: true }), code(`gender.${worker.gender}`));
  await identity.getByRole("textbox", { name: t("field.birthYear"), exact: true }).fill(String(worker.birthYear));
  const nationality = countryName(worker.nationality, language);
  await chooseOption(page, identity.getByRole("combobox", { name: t("field.nationality"), exact: true }), nationality, nationality);
  const preferred = code(`language.${worker.preferredLanguage}`);
  await chooseOption(page, identity.getByRole("combobox", { name: t("field.preferredLanguage"), exact: true }), preferred, preferred);

  const location = section("form.location");
  await chooseOption(
    page,
    location.getByRole("combobox", { name: text(language, "common", "region.country"), exact: true }),
    code(`country.${worker.regionCode.slice(0, 2)}`),
  );
  const region = regionLabel(worker.regionCode, language);
  await chooseOption(page, location.getByRole("combobox", { name: t("field.region"), exact: true }), region, region);

  const languages = section("form.languages");
  for (const [index, spoken] of worker.languages.entries()) {
    await languages.getByRole("button", { name: t("form.addLanguage") }).click();
    const name = code(`language.${spoken.language}`);
    await chooseOption(page, languages.getByRole("combobox", { name: t("field.language"), exact: true }).nth(index), name, name);
    await chooseOption(
      page,
      languages.getByRole("combobox", { name: t("field.level"), exact: true }).nth(index),
      code(`languageLevel.${spoken.level}`),
    );
  }

  const documents = section("form.authorisations");
  for (const [index, document] of worker.authorisations.entries()) {
    await documents.getByRole("button", { name: t("form.addAuthorisation") }).click();
    await chooseOption(
      page,
      documents.getByRole("combobox", { name: t("field.authorisationType"), exact: true }).nth(index),
      code(`authorisation.${document.type}`),
    );
    await fillDate(documents.getByRole("textbox", { name: t("field.validFrom"), exact: true }).nth(index), document.validFrom);
    if (document.validUntil)
      await fillDate(documents.getByRole("textbox", { name: t("field.validUntil"), exact: true }).nth(index), document.validUntil);
  }

  const occupations = section("form.occupations");
  for (const [index, occupation] of worker.occupations.entries()) {
    await occupations.getByRole("button", { name: t("form.addOccupation") }).click();
    const label = occupationLabel(occupation.occupationUri, language);
    await chooseOption(
      page,
      occupations.getByRole("combobox", { name: t("field.occupation"), exact: true }).nth(index),
      new RegExp(`^${literally(label)}`),
      label,
    );
    await occupations
      .getByRole("textbox", { name: t("field.yearsExperience"), exact: true })
      .nth(index)
      .fill(String(occupation.yearsExperience));
  }

  const availability = section("form.availability");
  for (const [index, period] of worker.availability.entries()) {
    await availability.getByRole("button", { name: t("form.addAvailability") }).click();
    await fillDate(availability.getByRole("textbox", { name: t("field.from"), exact: true }).nth(index), period.start);
    await fillDate(availability.getByRole("textbox", { name: t("field.to"), exact: true }).nth(index), period.end);
  }

  const accommodation = section("form.preferences").getByRole("checkbox", { name: t("field.accommodationNeeded"), exact: true });
  if (worker.accommodationNeeded) await accommodation.check();
  else await accommodation.uncheck();
}
