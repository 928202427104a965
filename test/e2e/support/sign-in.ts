import { desc, eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import type { SeededAccount } from "../../../src/cli/demo/seed-demo-data.js";
import { outboxMessages } from "../../../src/db/schema/outbox.js";
import type { E2eWorld } from "./e2e-world.js";
import { text } from "./texts.js";

/** A demo account of the world by role (the first one, e.g. the Peloponnese caseworker). */
export function demoAccount(world: E2eWorld, role: string): SeededAccount {
  const found = world.accounts.find((account) => account.role === role);
  if (!found) throw new Error(`no demo ${role}`);
  return found;
}

/** Staff and employers: the e-mail tab of the sign-in page, then their area. */
export async function signInWithEmail(page: Page, language: string, account: SeededAccount): Promise<void> {
  await page.goto("/sign-in");
  await page.getByText(text(language, "auth", "method.email"), { exact: true }).click();
  // Exact names: in Arabic the e-mail tab ("with e-mail") contains the field's label ("e-mail").
  await page.getByRole("textbox", { name: text(language, "auth", "email.label"), exact: true }).fill(account.signIn);
  await page.getByRole("textbox", { name: text(language, "auth", "password.label"), exact: true }).fill(account.secret);
  await page.getByRole("button", { name: text(language, "auth", "action.signIn") }).click();
  await page.waitForURL(/\/(staff|employer)(\/|$)/);
}

async function messageIdsTo(world: E2eWorld, phone: string): Promise<Set<string>> {
  const rows = await world.connection.db.select({ id: outboxMessages.id }).from(outboxMessages).where(eq(outboxMessages.recipient, phone));
  return new Set(rows.map((row) => row.id));
}

/**
 * The one-time code of the newest message to `phone` that was not there before (`known`), read from the outbox
 * table: in demo mode that is where the local SMS provider puts it.
 */
async function newOneTimeCode(world: E2eWorld, phone: string, known: Set<string>): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const [latest] = await world.connection.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.recipient, phone))
      .orderBy(desc(outboxMessages.createdAt))
      .limit(1);
    const code = latest && !known.has(latest.id) ? /\b(\d{6})\b/.exec(latest.body)?.[1] : undefined;
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no one-time code was sent to ${phone}`);
}

/**
 * A worker signs in as on their phone: the phone tab, their number, "send me a code", then the six digits of the
 * SMS typed into the code boxes (which sign in by themselves on the sixth digit). Ends in the worker portal.
 */
export async function signInWithPhone(world: E2eWorld, page: Page, language: string, phone: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByText(text(language, "auth", "method.phone"), { exact: true }).click();
  await page.getByRole("textbox", { name: text(language, "auth", "phone.label") }).fill(phone);
  const known = await messageIdsTo(world, phone);
  await page.getByRole("button", { name: text(language, "auth", "phone.sendCode") }).click();
  const firstDigit = page.getByRole("textbox", { name: text(language, "auth", "code.digit", { index: 1 }) });
  await firstDigit.waitFor();
  const code = await newOneTimeCode(world, phone, known);
  await firstDigit.click();
  await page.keyboard.type(code);
  await page.waitForURL(/\/me(\/|$)/);
}
