import { type CsvRow, readCsv, requiredCell } from "./read-csv.js";

export const WAGE_COUNTRIES = ["EL", "CY", "ES", "IT", "BE"] as const;
export type WageCountry = (typeof WAGE_COUNTRIES)[number];
export type WageUnit = "monthly" | "daily" | "hourly";

/**
 * One legal pay floor as shipped in wages/minimum_wages.csv. Gross, in euro cents. Indicative only: see
 * WAGES_SOURCE_CAVEAT in credits.ts before showing it to a worker as binding.
 */
export interface WageFloor {
  country: WageCountry;
  /** Who the floor applies to, as written in the source ("all sectors", "Joint Committee 144 (agriculture)", …). */
  sector: string;
  /** null where the source gives no unit (Italy: no statutory minimum, collective agreements apply). */
  unit: WageUnit | null;
  amountCents: number | null;
  /** ISO date (YYYY-MM-DD) from which the floor applies; null when the source gives none. */
  validFrom: string | null;
  note: string;
  sourceHint: string;
}

const file = new URL("./wages/minimum_wages.csv", import.meta.url);

// Reference data never changes while the process runs: read the file once and share the result.
let cached: readonly WageFloor[] | undefined;

export function loadWageFloors(): readonly WageFloor[] {
  cached ??= Object.freeze(readCsv(file).map((row) => Object.freeze(toWageFloor(row))));
  return cached;
}

function toWageFloor(row: CsvRow): WageFloor {
  const country = requiredCell(row, "country", file);
  if (!(WAGE_COUNTRIES as readonly string[]).includes(country)) throw new Error(`${file.pathname}: unknown country ${country}`);
  const validFrom = row.valid_from || null;
  if (validFrom !== null && !/^\d{4}-\d{2}-\d{2}$/.test(validFrom)) throw new Error(`${file.pathname}: bad date ${validFrom}`);
  return {
    country: country as WageCountry,
    sector: requiredCell(row, "sector", file),
    unit: toUnit(requiredCell(row, "unit", file)),
    amountCents: row.amount_eur ? eurosToCents(row.amount_eur) : null,
    validFrom,
    note: row.note ?? "",
    sourceHint: row.source_hint ?? "",
  };
}

function toUnit(value: string): WageUnit | null {
  if (value === "monthly" || value === "daily" || value === "hourly") return value;
  if (value === "n/a") return null;
  throw new Error(`${file.pathname}: unknown unit ${value}`);
}

/** Parses "39.30" as 3930 without going through floating point, so no amount is ever a cent off. */
export function eurosToCents(amount: string): number {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) throw new Error(`${file.pathname}: bad amount ${amount}`);
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}
