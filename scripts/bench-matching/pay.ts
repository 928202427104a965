// Pay offered in each host country, around its legal floor (src/data/wages): Greece pays farm work by the day
// (€39.30 floor), Spain by the day for temporary workers (€56.08), Italy by the hour under the provincial
// agreements, Belgium by the hour in joint committees 144/145 (€11.53–12.41), Cyprus by the month.
import type { Country, PayUnit } from "../../src/core/reference/codes.js";

export interface PayScale {
  readonly unit: PayUnit;
  /** Range of the amount, in cents per unit. */
  readonly cents: readonly [number, number];
  readonly hoursPerWeek: readonly [number, number];
}

export const PAY_SCALES: Record<Country, readonly PayScale[]> = {
  EL: [{ unit: "day", cents: [3930, 5200], hoursPerWeek: [39, 40] }],
  ES: [
    { unit: "day", cents: [5608, 6800], hoursPerWeek: [39, 40] },
    { unit: "hour", cents: [870, 1100], hoursPerWeek: [39, 40] },
  ],
  IT: [
    { unit: "hour", cents: [750, 1050], hoursPerWeek: [39, 48] },
    { unit: "day", cents: [5000, 7200], hoursPerWeek: [39, 42] },
  ],
  BE: [{ unit: "hour", cents: [1153, 1450], hoursPerWeek: [38, 38] }],
  CY: [{ unit: "month", cents: [90000, 115000], hoursPerWeek: [44, 48] }],
};

/** A typical hourly pay in the country, in cents: what workers' stated minimums and piece rates are set around. */
export const TYPICAL_HOURLY_CENTS: Record<Country, number> = { EL: 650, ES: 880, IT: 850, BE: 1250, CY: 560 };
