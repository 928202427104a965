import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { text } from "./texts.js";

/** Text a user types or reads, as a pattern that matches it literally. */
export function literally(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Picks an option of a Mantine Select (a combobox with a listbox in a portal), as a person does: open it, type
 * part of the option if it is searchable, click the option. A string option must match the whole name; a RegExp
 * is for options with more in their name (an ESCO label followed by its ISCO code).
 */
export async function chooseOption(page: Page, combobox: Locator, option: string | RegExp, search?: string): Promise<void> {
  await combobox.click();
  if (search !== undefined) await combobox.fill(search);
  const choice =
    typeof option === "string" ? page.getByRole("option", { name: option, exact: true }) : page.getByRole("option", { name: option });
  await choice.first().click();
}

/** Types an ISO date into a Mantine DateInput (it parses YYYY-MM-DD) and closes its calendar. */
export async function fillDate(input: Locator, isoDate: string): Promise<void> {
  await input.fill(isoDate);
  await input.press("Escape");
}

/** The language picker of every layout: open it by its name in the current language, choose the other. */
export async function chooseLanguage(page: Page, from: string, to: string): Promise<void> {
  const current = text(from, "common", "language.name");
  await page.getByRole("button", { name: text(from, "common", "language.choose", { current }) }).click();
  await page.getByRole("menuitem", { name: text(to, "common", "language.name") }).click();
  await page.locator(`html[lang="${to}"]`).waitFor({ state: "attached" });
  // The menu closes with a short transition: an accessibility check must not read its dropdown on the way out.
  await page.getByRole("menu").waitFor({ state: "hidden" });
}

/**
 * Once signed in, the account's language wins over the browser's; this waits for it, then switches to `language`
 * with the picker if it is another one (which the account remembers, as it would for a person).
 */
export async function showInLanguage(page: Page, language: string): Promise<void> {
  const me = (await (await page.request.get("/api/me")).json()) as { locale: string };
  await page.locator(`html[lang="${me.locale}"]`).waitFor({ state: "attached" });
  if (me.locale !== language) await chooseLanguage(page, me.locale, language);
}

const screenshotDir = fileURLToPath(new URL("../../../.test-output/e2e/", import.meta.url));

/**
 * Runs one step of a scenario; if it fails, saves a full-page screenshot of what the user saw and names its path
 * in the error, so a failure report can point at the screen.
 */
export async function withScreenshot<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    mkdirSync(screenshotDir, { recursive: true });
    const path = `${screenshotDir}${name}.png`;
    const saved = await page.screenshot({ path, fullPage: true }).then(
      () => true,
      () => false,
    );
    if (error instanceof Error && saved) error.message = `${error.message}\n  screenshot: ${path}\n  page: ${page.url()}`;
    throw error;
  }
}
