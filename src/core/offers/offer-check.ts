import type { LabourRule } from "../labour-rules/labour-rule-schemas.js";
import type { OfferProblem, OfferProblemCode } from "./offer-check-schemas.js";
import type { OfferInput } from "./offer-schemas.js";

/**
 * The offer check (docs/decent-work.md, "Labour rules and the offer check"): an offer against the labour rules of
 * its country, sector and contract type on its dates. Pure: the caller loads the rules.
 *
 * Conversions, all made on weekly pay so that every pair of units compares the same way:
 * - a working week has WORKING_DAYS_PER_WEEK (6) days, as farm work commonly has: daily hours = hoursPerWeek / 6;
 * - a month has 52 / 12 weeks: a monthly amount × 12 / 52 is a weekly one;
 * - a piece rate is an hourly rate of pay × piecesPerHour.
 * Where floors exist in the offer's own pay unit only those apply; otherwise every floor, converted.
 * Amounts stay integer cents and the hours (to 1/100) and productivity (to 1/1000) become integers, compared
 * as exact fractions with BigInt: a wage one cent below the floor fails, a wage exactly at the floor passes.
 */
export const WORKING_DAYS_PER_WEEK = 6;
const WEEKS_PER_YEAR = 52n;
const MONTHS_PER_YEAR = 12n;

export type CheckedRule = Pick<
  LabourRule,
  "id" | "country" | "sector" | "contractType" | "kind" | "payUnit" | "amountCents" | "value" | "validFrom" | "validTo"
>;

export type CheckedOffer = Pick<
  OfferInput,
  | "startDate"
  | "endDate"
  | "payAmountCents"
  | "payUnit"
  | "pieceUnit"
  | "piecesPerHour"
  | "hoursPerWeek"
  | "contractType"
  | "accommodationProvided"
  | "accommodationDeductionCents"
  | "mealsProvided"
  | "mealsDeductionCents"
>;

export interface OfferCheckPlace {
  /** Eurostat country code: the first two letters of the site's NUTS region code. */
  country: string;
  /** The employer's sector (A01, A02, A03, packing). */
  sector: string;
}

export interface OfferCheckOutcome<R extends CheckedRule> {
  passes: boolean;
  problems: OfferProblem[];
  rulesApplied: R[];
}

/** The country of a NUTS region code (EL651 → EL). */
export function countryOfRegion(regionCode: string): string {
  return regionCode.slice(0, 2).toUpperCase();
}

/** A rule counts when it is in force on at least one day of the offer, for its country, sector and contract type. */
export function ruleAppliesTo(
  rule: CheckedRule,
  offer: Pick<CheckedOffer, "startDate" | "endDate" | "contractType">,
  place: OfferCheckPlace,
): boolean {
  return (
    rule.country === place.country &&
    (rule.sector === "all" || rule.sector === place.sector) &&
    (rule.contractType === null || rule.contractType === offer.contractType) &&
    rule.validFrom <= offer.endDate &&
    (rule.validTo === null || rule.validTo >= offer.startDate)
  );
}

/** An exact non-negative fraction. */
interface Fraction {
  num: bigint;
  den: bigint;
}

const hundredthsOf = (value: number) => BigInt(Math.round(value * 100));
const thousandthsOf = (value: number) => BigInt(Math.round(value * 1000));

/** Pay per week of an amount in a unit, for an offer of the given hours (null: a piece rate without productivity). */
function weekly(amountCents: number, unit: string, offer: CheckedOffer): Fraction | null {
  const amount = BigInt(amountCents);
  const hours = hundredthsOf(offer.hoursPerWeek);
  switch (unit) {
    case "hour":
      return { num: amount * hours, den: 100n };
    case "day":
      return { num: amount * BigInt(WORKING_DAYS_PER_WEEK), den: 1n };
    case "month":
      return { num: amount * MONTHS_PER_YEAR, den: WEEKS_PER_YEAR };
    case "piece":
      if (!offer.piecesPerHour) return null;
      return { num: amount * thousandthsOf(offer.piecesPerHour) * hours, den: 100_000n };
    default:
      return null;
  }
}

/** Cents per `unit` that make the given weekly pay (a factor of 1 cent per unit as a weekly fraction). */
function perUnit(week: Fraction, unit: string, offer: CheckedOffer, round: "up" | "down"): number | null {
  const one = weekly(1, unit, offer);
  if (!one || one.num === 0n) return null;
  const num = week.num * one.den;
  const den = week.den * one.num;
  const quotient = num / den;
  return Number(round === "up" && quotient * den < num ? quotient + 1n : quotient);
}

const atLeast = (a: Fraction, b: Fraction) => a.num * b.den >= b.num * a.den;

function problem(code: OfferProblemCode, severity: OfferProblem["severity"], path: string, params: OfferProblem["params"]): OfferProblem {
  return { code, severity, path: [path], message: `problems.${code}`, fix: `fixes.${code}`, params };
}

/** Days the offer runs, both ends included, from its ISO dates. */
function calendarDays(startDate: string, endDate: string): number {
  return Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000) + 1;
}

function checkPay(offer: CheckedOffer, rules: readonly CheckedRule[], place: OfferCheckPlace): OfferProblem[] {
  if (offer.payUnit === "piece" && (!offer.pieceUnit || !offer.piecesPerHour)) {
    return [problem("pieceRateNeedsProductivity", "error", offer.pieceUnit ? "piecesPerHour" : "pieceUnit", {})];
  }
  const allFloors = rules.filter((rule) => rule.kind === "min_pay" && rule.payUnit && rule.amountCents);
  if (allFloors.length === 0) return [problem("noPayFloor", "warning", "payAmountCents", { country: place.country })];
  // A floor stated in the offer's own unit is the rate the law sets for that way of paying (Greece: €880 a month
  // for the monthly paid, €39.30 a day for the day paid); other units are converted only when there is none.
  const sameUnit = allFloors.filter((rule) => rule.payUnit === offer.payUnit);
  const floors = sameUnit.length > 0 ? sameUnit : allFloors;
  const offered = weekly(offer.payAmountCents, offer.payUnit, offer);
  if (!offered) return [];
  const problems: OfferProblem[] = [];
  for (const floor of floors) {
    const floorUnit = floor.payUnit as string;
    const required = weekly(floor.amountCents as number, floorUnit, offer);
    if (!required || atLeast(offered, required)) continue;
    problems.push(
      problem("payBelowFloor", "error", "payAmountCents", {
        ruleId: floor.id,
        floorCents: floor.amountCents as number,
        floorUnit,
        offeredCents: perUnit(offered, floorUnit, offer, "down") ?? 0,
        minimumCents: perUnit(required, offer.payUnit, offer, "up") ?? 0,
        payUnit: offer.payUnit,
        validFrom: floor.validFrom,
      }),
    );
  }
  return problems;
}

function checkHours(offer: CheckedOffer, rules: readonly CheckedRule[]): OfferProblem[] {
  const problems: OfferProblem[] = [];
  const weekHours = hundredthsOf(offer.hoursPerWeek);
  const days = BigInt(WORKING_DAYS_PER_WEEK);
  const dayHours = Math.round((offer.hoursPerWeek / WORKING_DAYS_PER_WEEK) * 100) / 100;
  for (const rule of rules) {
    if (rule.value === null) continue;
    const limit = hundredthsOf(rule.value);
    if (rule.kind === "max_hours_week" && weekHours > limit) {
      problems.push(
        problem("hoursAboveWeeklyLimit", "error", "hoursPerWeek", { ruleId: rule.id, limit: rule.value, hours: offer.hoursPerWeek }),
      );
    }
    if (rule.kind === "max_hours_day" && weekHours > limit * days) {
      problems.push(
        problem("hoursAboveDailyLimit", "error", "hoursPerWeek", {
          ruleId: rule.id,
          limit: rule.value,
          hours: dayHours,
          days: WORKING_DAYS_PER_WEEK,
          maximumWeek: Number(limit * days) / 100,
        }),
      );
    }
    if (rule.kind === "min_daily_rest_hours" && weekHours > (2400n - limit) * days) {
      problems.push(
        problem("dailyRestTooShort", "error", "hoursPerWeek", {
          ruleId: rule.id,
          rest: rule.value,
          hours: dayHours,
          days: WORKING_DAYS_PER_WEEK,
          maximumWeek: Number((2400n - limit) * days) / 100,
        }),
      );
    }
  }
  return problems;
}

/** Deductions are stated per pay unit, like the pay: as a share of gross pay they are deduction ÷ pay. */
function checkDeductions(offer: CheckedOffer, rules: readonly CheckedRule[]): OfferProblem[] {
  const problems: OfferProblem[] = [];
  if (offer.accommodationDeductionCents > 0 && !offer.accommodationProvided) {
    problems.push(problem("deductionWithoutAccommodation", "error", "accommodationDeductionCents", {}));
  }
  if (offer.mealsDeductionCents > 0 && !offer.mealsProvided) {
    problems.push(problem("deductionWithoutMeals", "error", "mealsDeductionCents", {}));
  }
  const caps = [
    ["max_deduction_accommodation_pct", "accommodationDeductionTooHigh", "accommodationDeductionCents", offer.accommodationDeductionCents],
    ["max_deduction_meals_pct", "mealsDeductionTooHigh", "mealsDeductionCents", offer.mealsDeductionCents],
    [
      "max_deduction_total_pct",
      "totalDeductionTooHigh",
      "accommodationDeductionCents",
      offer.accommodationDeductionCents + offer.mealsDeductionCents,
    ],
  ] as const;
  const pay = BigInt(offer.payAmountCents);
  for (const rule of rules) {
    const cap = caps.find(([kind]) => kind === rule.kind);
    if (!cap || rule.value === null) continue;
    const [, code, path, deduction] = cap;
    // deduction / pay > value / 100, with the percentage kept to 1/1000.
    const capMilli = thousandthsOf(rule.value);
    if (BigInt(deduction) * 100_000n <= capMilli * pay) continue;
    problems.push(
      problem(code, "error", path, {
        ruleId: rule.id,
        cap: rule.value,
        percent: Math.round((deduction * 1000) / offer.payAmountCents) / 10,
        maximumCents: Number((capMilli * pay) / 100_000n),
        payUnit: offer.payUnit,
      }),
    );
  }
  return problems;
}

/** Seasonal day caps are a year's allowance for a worker: an offer longer than the cap is flagged, not refused. */
function checkSeasonalDays(offer: CheckedOffer, rules: readonly CheckedRule[]): OfferProblem[] {
  const workingDays = Math.floor((calendarDays(offer.startDate, offer.endDate) * WORKING_DAYS_PER_WEEK) / 7);
  return rules
    .filter((rule) => rule.kind === "seasonal_day_cap" && rule.value !== null && workingDays > rule.value)
    .map((rule) =>
      problem("seasonalDaysAboveCap", "warning", "endDate", { ruleId: rule.id, cap: rule.value as number, days: workingDays }),
    );
}

/** Checks an offer against the rules (any rules: the ones that do not apply to it are left out). */
export function checkOfferAgainstRules<R extends CheckedRule>(
  offer: CheckedOffer,
  place: OfferCheckPlace,
  rules: readonly R[],
): OfferCheckOutcome<R> {
  const applied = rules.filter((rule) => ruleAppliesTo(rule, offer, place));
  const problems = [
    ...checkPay(offer, applied, place),
    ...checkHours(offer, applied),
    ...checkDeductions(offer, applied),
    ...checkSeasonalDays(offer, applied),
  ];
  return { passes: problems.every((p) => p.severity !== "error"), problems, rulesApplied: applied };
}
