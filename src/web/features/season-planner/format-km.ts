/** A distance in whole kilometres with the unit as the reader's language writes it ("12 km", "12 كم"). */
export function formatKm(km: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "unit", unit: "kilometer", maximumFractionDigits: 0 }).format(km);
}
