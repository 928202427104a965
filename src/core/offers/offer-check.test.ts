import { describe, expect, it } from "vitest";
import type { LabourRuleKind } from "../labour-rules/labour-rule-codes.js";
import { type CheckedOffer, type CheckedRule, checkOfferAgainstRules, countryOfRegion, ruleAppliesTo } from "./offer-check.js";

let nextId = 0;
function rule(over: Partial<CheckedRule> & { kind: LabourRuleKind }): CheckedRule {
  nextId += 1;
  return {
    id: `rule-${nextId}`,
    country: "EL",
    sector: "all",
    contractType: null,
    payUnit: null,
    amountCents: null,
    value: null,
    validFrom: "2025-01-01",
    validTo: null,
    ...over,
  };
}
const floor = (payUnit: "hour" | "day" | "month", amountCents: number, over: Partial<CheckedRule> = {}) =>
  rule({ kind: "min_pay", payUnit, amountCents, ...over });

function offer(over: Partial<CheckedOffer> = {}): CheckedOffer {
  return {
    startDate: "2026-03-02",
    endDate: "2026-05-29",
    payAmountCents: 5000,
    payUnit: "day",
    pieceUnit: null,
    piecesPerHour: null,
    hoursPerWeek: 42,
    contractType: "seasonal",
    accommodationProvided: false,
    accommodationDeductionCents: 0,
    mealsProvided: false,
    mealsDeductionCents: 0,
    ...over,
  };
}
const EL = { country: "EL", sector: "A01" };
/** The problems' codes, leaving out the warning that no pay floor is recorded (tests of limits give no floor). */
const codes = (result: { problems: { code: string }[] }) => result.problems.map((p) => p.code).filter((code) => code !== "noPayFloor");

describe("pay against a floor of the same unit: one cent below fails, exactly at the floor passes", () => {
  const cases = [
    { country: "EL", unit: "day", floor: 3930 },
    { country: "ES", unit: "month", floor: 122100 },
    { country: "CY", unit: "month", floor: 97900 },
    { country: "BE", unit: "hour", floor: 1241 },
    { country: "IT", unit: "hour", floor: 900 },
  ] as const;
  for (const { country, unit, floor: cents } of cases) {
    it(`${country}, per ${unit}`, () => {
      const rules = [floor(unit, cents, { country })];
      const place = { country, sector: "A01" };
      const at = checkOfferAgainstRules(offer({ payUnit: unit, payAmountCents: cents }), place, rules);
      expect(at.passes).toBe(true);
      expect(at.problems).toEqual([]);
      const below = checkOfferAgainstRules(offer({ payUnit: unit, payAmountCents: cents - 1 }), place, rules);
      expect(below.passes).toBe(false);
      expect(below.problems).toEqual([
        expect.objectContaining({
          code: "payBelowFloor",
          severity: "error",
          path: ["payAmountCents"],
          message: "problems.payBelowFloor",
          fix: "fixes.payBelowFloor",
          params: expect.objectContaining({ floorCents: cents, minimumCents: cents, offeredCents: cents - 1, floorUnit: unit }),
        }),
      ]);
    });
  }
});

describe("conversions between units", () => {
  it("compares an hourly wage with a daily floor over hoursPerWeek / 6 hours a day", () => {
    // 39.30 a day over 6 days = 235.80 a week; at 40 h a week that is 5.895 an hour: 5.90 passes, 5.89 fails.
    const rules = [floor("day", 3930)];
    expect(checkOfferAgainstRules(offer({ payUnit: "hour", payAmountCents: 590, hoursPerWeek: 40 }), EL, rules).passes).toBe(true);
    const below = checkOfferAgainstRules(offer({ payUnit: "hour", payAmountCents: 589, hoursPerWeek: 40 }), EL, rules);
    expect(below.passes).toBe(false);
    expect(below.problems[0]?.params).toMatchObject({ minimumCents: 590, offeredCents: 3926 });
  });

  it("compares an hourly wage with a monthly floor over hoursPerWeek × 52 / 12", () => {
    // 880.00 a month × 12 / 52 = 203.0769… a week; at 40 h, 5.0769… an hour: 5.08 passes, 5.07 fails.
    const rules = [floor("month", 88000)];
    expect(checkOfferAgainstRules(offer({ payUnit: "hour", payAmountCents: 508, hoursPerWeek: 40 }), EL, rules).passes).toBe(true);
    expect(checkOfferAgainstRules(offer({ payUnit: "hour", payAmountCents: 507, hoursPerWeek: 40 }), EL, rules).passes).toBe(false);
  });

  it("compares a monthly wage with an hourly floor", () => {
    // 12.41 an hour × 38 h × 52 / 12 = 2,043.5133… a month: 2,043.52 passes, 2,043.51 fails.
    const rules = [floor("hour", 1241, { country: "BE" })];
    const place = { country: "BE", sector: "A01" };
    expect(checkOfferAgainstRules(offer({ payUnit: "month", payAmountCents: 204352, hoursPerWeek: 38 }), place, rules).passes).toBe(true);
    expect(checkOfferAgainstRules(offer({ payUnit: "month", payAmountCents: 204351, hoursPerWeek: 38 }), place, rules).passes).toBe(false);
  });

  it("uses the floor of the offer's own unit where there is one: a Greek monthly salary against €880, not the day rate", () => {
    const rules = [floor("month", 88000), floor("day", 3930)];
    expect(checkOfferAgainstRules(offer({ payUnit: "month", payAmountCents: 95000 }), EL, rules).passes).toBe(true);
    const below = checkOfferAgainstRules(offer({ payUnit: "month", payAmountCents: 87999 }), EL, rules);
    expect(below.problems.map((p) => p.params.floorCents)).toEqual([88000]);
    // An hourly wage has no hourly floor: both are converted, and the day rate (€235.80 a week) binds.
    const hourly = checkOfferAgainstRules(offer({ payUnit: "hour", payAmountCents: 589, hoursPerWeek: 40 }), EL, rules);
    expect(hourly.problems.map((p) => p.params.floorCents)).toEqual([3930]);
  });

  it("turns a piece rate into an hourly one with the pieces an average worker does per hour", () => {
    // 12.41 an hour at 2.5 crates an hour: 4.964 a crate, so 4.97 passes and 4.96 fails.
    const rules = [floor("hour", 1241, { country: "BE" })];
    const place = { country: "BE", sector: "A01" };
    const piece = { payUnit: "piece" as const, pieceUnit: "crate of 5 kg", piecesPerHour: 2.5, hoursPerWeek: 37.5 };
    expect(checkOfferAgainstRules(offer({ ...piece, payAmountCents: 497 }), place, rules).passes).toBe(true);
    const below = checkOfferAgainstRules(offer({ ...piece, payAmountCents: 496 }), place, rules);
    expect(below.passes).toBe(false);
    expect(below.problems[0]?.params).toMatchObject({ minimumCents: 497, offeredCents: 1240, payUnit: "piece" });
  });

  it("keeps exact figures where floating point would round: 0.1 pieces an hour, 37.3 hours", () => {
    // 100.00 a piece × 0.1 an hour = 10.00 an hour; a floor of exactly 10.00 an hour passes.
    const rules = [floor("hour", 1000)];
    const piece = { payUnit: "piece" as const, pieceUnit: "row", piecesPerHour: 0.1, hoursPerWeek: 37.3 };
    expect(checkOfferAgainstRules(offer({ ...piece, payAmountCents: 10000 }), EL, rules).passes).toBe(true);
    expect(checkOfferAgainstRules(offer({ ...piece, payAmountCents: 9999 }), EL, rules).passes).toBe(false);
  });

  it("refuses a piece rate without its unit or productivity instead of guessing", () => {
    const result = checkOfferAgainstRules(offer({ payUnit: "piece", payAmountCents: 100, pieceUnit: "kg" }), EL, [floor("hour", 500)]);
    expect(result.passes).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ code: "pieceRateNeedsProductivity", path: ["piecesPerHour"] })]);
  });
});

describe("which rules apply", () => {
  it("takes the country from the NUTS region code", () => {
    expect(countryOfRegion("EL651")).toBe("EL");
    expect(countryOfRegion("ES615")).toBe("ES");
  });

  it("counts a floor in force on any day of the offer, a new floor from its date included", () => {
    const rules = [
      floor("month", 118400, { country: "ES", validTo: "2025-12-31" }),
      floor("month", 122100, { country: "ES", validFrom: "2026-01-01" }),
    ];
    const place = { country: "ES", sector: "A01" };
    const acrossNewYear = offer({ startDate: "2025-11-03", endDate: "2026-01-30", payUnit: "month", payAmountCents: 120000 });
    const result = checkOfferAgainstRules(acrossNewYear, place, rules);
    expect(result.rulesApplied).toHaveLength(2);
    expect(result.problems.map((p) => p.params.floorCents)).toEqual([122100]);
    const beforeIt = offer({ startDate: "2025-09-01", endDate: "2025-12-31", payUnit: "month", payAmountCents: 120000 });
    expect(checkOfferAgainstRules(beforeIt, place, rules).passes).toBe(true);
  });

  it("leaves out a floor ended before the offer starts, and one that starts after it ends", () => {
    const old = floor("day", 9000, { validFrom: "2020-01-01", validTo: "2026-03-01" });
    const future = floor("day", 9000, { validFrom: "2026-05-30" });
    expect(ruleAppliesTo(old, offer(), EL)).toBe(false);
    expect(ruleAppliesTo(future, offer(), EL)).toBe(false);
    expect(ruleAppliesTo({ ...old, validTo: "2026-03-02" }, offer(), EL)).toBe(true);
    expect(ruleAppliesTo({ ...future, validFrom: "2026-05-29" }, offer(), EL)).toBe(true);
  });

  it("matches sector and contract type, with all and null for any", () => {
    const seasonalOnly = floor("day", 9000, { contractType: "seasonal" });
    const packing = floor("day", 9000, { sector: "packing" });
    const otherCountry = floor("day", 9000, { country: "ES" });
    expect(ruleAppliesTo(seasonalOnly, offer({ contractType: "permanent" }), EL)).toBe(false);
    expect(ruleAppliesTo(seasonalOnly, offer(), EL)).toBe(true);
    expect(ruleAppliesTo(packing, offer(), EL)).toBe(false);
    expect(ruleAppliesTo(packing, offer(), { country: "EL", sector: "packing" })).toBe(true);
    expect(ruleAppliesTo(otherCountry, offer(), EL)).toBe(false);
  });

  it("warns, without refusing, where no pay floor is recorded (Italy: the provincial agreement sets it)", () => {
    const result = checkOfferAgainstRules(offer(), { country: "IT", sector: "A01" }, [
      rule({ kind: "max_hours_week", value: 48, country: "IT" }),
    ]);
    expect(result.passes).toBe(true);
    expect(result.problems).toEqual([expect.objectContaining({ code: "noPayFloor", severity: "warning", params: { country: "IT" } })]);
  });
});

describe("hours and rest", () => {
  const week = rule({ kind: "max_hours_week", value: 48 });
  const rest = rule({ kind: "min_daily_rest_hours", value: 11 });
  const day = rule({ kind: "max_hours_day", value: 8 });

  it("passes 48 hours a week and refuses 48.01 or more", () => {
    expect(codes(checkOfferAgainstRules(offer({ hoursPerWeek: 48 }), EL, [week]))).toEqual([]);
    expect(codes(checkOfferAgainstRules(offer({ hoursPerWeek: 48.01 }), EL, [week]))).toEqual(["hoursAboveWeeklyLimit"]);
  });

  it("spreads the week over six days for a daily limit: 48 hours pass 8 a day, 48.5 do not", () => {
    expect(codes(checkOfferAgainstRules(offer({ hoursPerWeek: 48 }), EL, [day]))).toEqual([]);
    const result = checkOfferAgainstRules(offer({ hoursPerWeek: 48.5 }), EL, [day]);
    expect(codes(result)).toEqual(["hoursAboveDailyLimit"]);
    expect(result.problems.find((p) => p.code === "hoursAboveDailyLimit")?.params).toMatchObject({
      limit: 8,
      hours: 8.08,
      maximumWeek: 48,
    });
  });

  it("needs 11 hours of rest a day: at most 13 hours' work a day, 78 a week", () => {
    const tight = rule({ kind: "min_daily_rest_hours", value: 16 });
    expect(codes(checkOfferAgainstRules(offer({ hoursPerWeek: 48 }), EL, [tight]))).toEqual([]);
    expect(codes(checkOfferAgainstRules(offer({ hoursPerWeek: 48.01 }), EL, [tight]))).toEqual(["dailyRestTooShort"]);
    expect(codes(checkOfferAgainstRules(offer({ hoursPerWeek: 60 }), EL, [rest]))).toEqual([]);
  });
});

describe("deductions as a share of gross pay", () => {
  const caps = [
    rule({ kind: "max_deduction_meals_pct", value: 15, country: "CY" }),
    rule({ kind: "max_deduction_accommodation_pct", value: 10, country: "CY" }),
  ];
  const CY = { country: "CY", sector: "A01" };
  const housed = { accommodationProvided: true, mealsProvided: true, payUnit: "month" as const, payAmountCents: 100000 };

  it("passes a deduction exactly at the cap and refuses one cent more", () => {
    expect(
      checkOfferAgainstRules(offer({ ...housed, accommodationDeductionCents: 10000, mealsDeductionCents: 15000 }), CY, caps).passes,
    ).toBe(true);
    const over = checkOfferAgainstRules(offer({ ...housed, accommodationDeductionCents: 10001, mealsDeductionCents: 15001 }), CY, caps);
    expect(codes(over).sort()).toEqual(["accommodationDeductionTooHigh", "mealsDeductionTooHigh"]);
    expect(over.problems.find((p) => p.code === "accommodationDeductionTooHigh")?.params).toMatchObject({ cap: 10, maximumCents: 10000 });
  });

  it("caps the total of both deductions", () => {
    const total = rule({ kind: "max_deduction_total_pct", value: 20, country: "CY" });
    const result = checkOfferAgainstRules(offer({ ...housed, accommodationDeductionCents: 10000, mealsDeductionCents: 10001 }), CY, [
      total,
    ]);
    expect(codes(result)).toContain("totalDeductionTooHigh");
  });

  it("refuses a deduction for housing or meals the offer does not provide", () => {
    const result = checkOfferAgainstRules(offer({ accommodationDeductionCents: 200, mealsDeductionCents: 100 }), EL, [floor("day", 3930)]);
    expect(codes(result)).toEqual(["deductionWithoutAccommodation", "deductionWithoutMeals"]);
  });
});

describe("seasonal day caps", () => {
  it("warns when a seasonal offer has more working days than the yearly cap, without refusing it", () => {
    const cap = rule({ kind: "seasonal_day_cap", value: 50, country: "BE", sector: "A01", contractType: "seasonal" });
    const BE = { country: "BE", sector: "A01" };
    const rules = [cap, floor("day", 5000, { country: "BE" })];
    // 59 calendar days × 6 / 7 = 50 working days (rounded down); 60 days = 51.
    expect(checkOfferAgainstRules(offer({ startDate: "2026-08-01", endDate: "2026-09-28" }), BE, rules).problems).toEqual([]);
    const long = checkOfferAgainstRules(offer({ startDate: "2026-08-01", endDate: "2026-09-29" }), BE, rules);
    expect(long.passes).toBe(true);
    expect(long.problems).toEqual([
      expect.objectContaining({
        code: "seasonalDaysAboveCap",
        severity: "warning",
        params: expect.objectContaining({ cap: 50, days: 51 }),
      }),
    ]);
  });
});
