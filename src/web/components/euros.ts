/**
 * Money is typed in euros and stored in integer cents. A form field holds a number, or "" while it is empty;
 * an empty field stays null so that the shared zod schema rejects it with the right message.
 */
export function eurosToCents(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" && value.trim() === "") return null;
  const euros = typeof value === "number" ? value : Number(value.trim().replace(",", "."));
  // NaN is passed on as NaN, not as null: the schema then says "not a number" rather than "required".
  if (Number.isNaN(euros)) return Number.NaN;
  // 0.1 + 0.2 style float noise must not turn €11.53 into 1152.9999 cents.
  return Math.round(euros * 100);
}

/** Integer cents as the euros a form field shows: 1153 → 11.53. */
export function centsToEuros(cents: number): number {
  return cents / 100;
}
