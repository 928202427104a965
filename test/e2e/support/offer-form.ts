import type { Page } from "playwright-core";
import type { PayUnit } from "../../../src/core/reference/codes.js";
import { chooseOption, fillDate, literally } from "./fields.js";
import { text } from "./texts.js";
import { occupationLabel } from "./worker-form.js";

/** A job offer as a caseworker records it; the employer and site by the names the centre knows them by. */
export interface NewOffer {
  employerName: string;
  siteName: string;
  occupationUri: string;
  title: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  payUnit: PayUnit;
  /** Gross pay in euros per pay unit, as typed. */
  payAmount: string;
}

/** Fills the staff "New job offer" form by the labels people read. */
export async function fillOfferForm(page: Page, language: string, offer: NewOffer): Promise<void> {
  const t = (key: string) => text(language, "offers", key);
  const section = (key: string) => page.getByRole("region", { name: t(key), exact: true });

  const place = section("section.place");
  await chooseOption(page, place.getByRole("combobox", { name: t("field.employer"), exact: true }), offer.employerName, offer.employerName);
  // A site's option reads "name · address".
  await chooseOption(
    page,
    place.getByRole("combobox", { name: t("field.site"), exact: true }),
    new RegExp(`^${literally(offer.siteName)}`),
  );

  const job = section("section.job");
  const label = occupationLabel(offer.occupationUri, language);
  await chooseOption(
    page,
    job.getByRole("combobox", { name: t("field.occupation"), exact: true }),
    new RegExp(`^${literally(label)}`),
    label,
  );
  await job.getByRole("textbox", { name: t("field.title"), exact: true }).fill(offer.title);
  await fillDate(job.getByRole("textbox", { name: t("field.startDate"), exact: true }), offer.startDate);
  await fillDate(job.getByRole("textbox", { name: t("field.endDate"), exact: true }), offer.endDate);
  await job.getByRole("textbox", { name: t("field.hoursPerWeek"), exact: true }).fill(String(offer.hoursPerWeek));

  const pay = section("section.pay");
  await pay.getByRole("radio", { name: text(language, "codes", `payUnit.${offer.payUnit}`), exact: true }).check({ force: true });
  await pay.getByRole("textbox", { name: t(`form.payAmountPer.${offer.payUnit}`), exact: true }).fill(offer.payAmount);
}
