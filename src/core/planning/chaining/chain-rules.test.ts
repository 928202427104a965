import { describe, expect, it } from "vitest";
import { availableDays, availableWindows, canFollow, employedDays, KM_PER_TRAVEL_DAY, legKm, travelDays } from "./chain-rules.js";

const season = { from: 100, to: 199 };

describe("chaining rules", () => {
  it("a move takes whole travel days: none on the spot, one up to a day's distance, one more per day's distance", () => {
    expect(travelDays(0)).toBe(0);
    expect(travelDays(0.1)).toBe(1);
    expect(travelDays(KM_PER_TRAVEL_DAY)).toBe(1);
    expect(travelDays(KM_PER_TRAVEL_DAY + 1)).toBe(2);
    expect(travelDays(3 * KM_PER_TRAVEL_DAY)).toBe(3);
  });

  it("the next job starts after the previous one ends, with the travel days between them", () => {
    expect(canFollow(10, 10, 0)).toBe(false);
    expect(canFollow(10, 11, 0)).toBe(true);
    expect(canFollow(10, 11, 40)).toBe(false);
    expect(canFollow(10, 12, 40)).toBe(true);
    expect(canFollow(10, 12, 600)).toBe(false);
    expect(canFollow(10, 13, 600)).toBe(true);
  });

  it("an unknown site counts as no distance", () => {
    const athens = { lat: 37.98, lon: 23.73 };
    expect(legKm(null, athens)).toBe(0);
    expect(legKm(athens, null)).toBe(0);
    expect(Math.round(legKm(athens, { lat: 40.64, lon: 22.94 }))).toBe(303);
  });

  it("availability counts inside the season only, overlapping windows once", () => {
    const windows = availableWindows(
      [
        { from: 50, to: 110 },
        { from: 105, to: 120 },
        { from: 150, to: 160 },
        { from: 190, to: 400 },
        { from: 300, to: 310 },
      ],
      season,
    );
    expect(windows).toEqual([
      { from: 100, to: 120 },
      { from: 150, to: 160 },
      { from: 190, to: 199 },
    ]);
    expect(availableDays(windows)).toBe(21 + 11 + 10);
  });

  it("a job employs the worker on its days inside the available windows only", () => {
    const windows = availableWindows(
      [
        { from: 100, to: 120 },
        { from: 150, to: 160 },
      ],
      season,
    );
    expect(employedDays(110, 155, windows)).toBe(11 + 6);
    expect(employedDays(121, 149, windows)).toBe(0);
    expect(employedDays(90, 300, windows)).toBe(21 + 11);
  });
});
