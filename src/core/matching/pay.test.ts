import { describe, expect, it } from "vitest";
import { hourlyEquivalentCents } from "./pay.js";

describe("hourly-equivalent pay", () => {
  const at = (payUnit: "hour" | "day" | "month" | "piece", payAmountCents: number, piecesPerHour: number | null = null) =>
    hourlyEquivalentCents({ payUnit, payAmountCents, hoursPerWeek: 40, piecesPerHour });

  it("an hourly rate is itself", () => {
    expect(at("hour", 850)).toBe(850);
  });

  it("a day rate is spread over the day's hours, with a five-day week", () => {
    expect(at("day", 6800)).toBe(850);
    expect(hourlyEquivalentCents({ payUnit: "day", payAmountCents: 5100, hoursPerWeek: 30, piecesPerHour: null })).toBe(850);
  });

  it("a monthly wage is spread over 52/12 weeks of the offer's hours", () => {
    expect(at("month", 147_333)).toBeCloseTo(850, 0);
  });

  it("a piece rate is multiplied by the pieces an average worker does in an hour", () => {
    expect(at("piece", 85, 10)).toBe(850);
  });

  it("a piece rate without pieces per hour cannot be compared", () => {
    expect(at("piece", 85)).toBeNull();
  });
});
