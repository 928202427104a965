import { describe, expect, it } from "vitest";
import type { MatchPreferences } from "./match-inputs.js";
import { scoreMatch } from "./score.js";
import { anOffer, aWorker, findReason, pointsFor } from "./test-fixtures.js";

const preferring = (preferences: Partial<MatchPreferences>) =>
  aWorker({ preferences: { sectors: [], minHourlyPayCents: null, accommodationNeeded: false, ...preferences } });

describe("preferences (soft criterion, 10 points)", () => {
  it("a worker who stated no preferences is satisfied by any offer", () => {
    expect(findReason(scoreMatch(aWorker(), anOffer()), "preferences.noneStated")).toMatchObject({ kind: "met", points: 10 });
  });

  it("an offer in a preferred sector, paying enough, with the accommodation needed meets every preference", () => {
    const result = scoreMatch(
      preferring({ sectors: ["A01", "A03"], minHourlyPayCents: 800, accommodationNeeded: true }),
      anOffer({ sector: "A01", payAmountCents: 850, accommodationProvided: true }),
    );
    expect(findReason(result, "preferences.met")).toMatchObject({ kind: "met", points: 10, params: { met: 3, total: 3 } });
    expect(findReason(result, "preferences.payMeetsMinimum")?.params).toEqual({ hourlyPayCents: 850, minHourlyPayCents: 800 });
  });

  it("a sector the worker did not choose costs the sector share", () => {
    const result = scoreMatch(preferring({ sectors: ["A03"] }), anOffer({ sector: "A01" }));
    expect(findReason(result, "preferences.sectorNotPreferred")).toMatchObject({ kind: "missing", params: { sector: "A01" } });
    expect(pointsFor(result, "preferences")).toBe(7);
  });

  it("a day rate below the worker's hourly minimum is shown as an hourly figure", () => {
    const result = scoreMatch(preferring({ minHourlyPayCents: 900 }), anOffer({ payUnit: "day", payAmountCents: 6800, hoursPerWeek: 40 }));
    expect(findReason(result, "preferences.payBelowMinimum")?.params).toEqual({ hourlyPayCents: 850, minHourlyPayCents: 900 });
    expect(pointsFor(result, "preferences")).toBe(6);
  });

  it("a piece rate without productivity earns half the pay share", () => {
    const result = scoreMatch(
      preferring({ minHourlyPayCents: 900 }),
      anOffer({ payUnit: "piece", payAmountCents: 90, piecesPerHour: null }),
    );
    expect(findReason(result, "preferences.payUnknown")?.kind).toBe("partial");
    expect(pointsFor(result, "preferences")).toBe(8);
  });

  it("a worker who needs accommodation is told when the employer does not provide it", () => {
    const result = scoreMatch(preferring({ accommodationNeeded: true }), anOffer({ accommodationProvided: false }));
    expect(findReason(result, "preferences.accommodationNotProvided")?.kind).toBe("missing");
    expect(pointsFor(result, "preferences")).toBe(7);
  });
});
