import { describe, expect, it } from "vitest";
import { scoreMatch } from "./score.js";
import { anOffer, aWorker, findReason, pointsFor } from "./test-fixtures.js";

// The offer runs from 2025-11-01 to 2026-01-31: 92 days.
const offer = anOffer();
const available = (...windows: [string, string][]) =>
  scoreMatch(aWorker({ availability: windows.map(([start, end]) => ({ start, end })) }), offer);

describe("availability (hard rule, and scored by coverage)", () => {
  it("a worker with no availability recorded is excluded with reason 'no availability'", () => {
    const result = available();
    expect(result.eligible).toBe(false);
    expect(findReason(result, "availability.none")?.kind).toBe("excluded");
  });

  it("a worker available only until the day before the offer starts is excluded", () => {
    const result = available(["2025-06-01", "2025-10-31"]);
    expect(result.eligible).toBe(false);
    expect(findReason(result, "availability.noOverlap")?.params).toEqual({ startDate: "2025-11-01", endDate: "2026-01-31" });
  });

  it("a window touching the offer by one day is enough, and reports one available day", () => {
    const result = available(["2025-06-01", "2025-11-01"]);
    expect(result.eligible).toBe(true);
    expect(findReason(result, "availability.partial")).toMatchObject({ kind: "partial", params: { days: 1, totalDays: 92 } });
    expect(pointsFor(result, "availability")).toBe(0);
  });

  it("a window touching the offer's last day is enough too", () => {
    expect(available(["2026-01-31", "2026-05-01"]).eligible).toBe(true);
  });

  it("a worker available for the whole offer earns all availability points", () => {
    const result = available(["2025-10-01", "2026-03-31"]);
    expect(findReason(result, "availability.covers")).toMatchObject({ kind: "met", points: 10, maxPoints: 10, params: { totalDays: 92 } });
  });

  it("several windows add up, and overlapping windows are not counted twice", () => {
    const result = available(["2025-11-01", "2025-11-30"], ["2025-11-15", "2025-12-15"], ["2026-01-01", "2026-01-31"]);
    expect(findReason(result, "availability.partial")?.params).toEqual({ days: 76, totalDays: 92 });
    expect(pointsFor(result, "availability")).toBe(8);
  });
});
