/** Integer euro cents as money in the reader's locale: 1150 → "€11.50" (en), "11,50 €" (el). */
export function formatCents(cents: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "currency", currency: "EUR" }).format(cents / 100);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
