import { describe, expect, it } from "vitest";
import { commuteCredit, haversineKm } from "./distance.js";
import { scoreMatch } from "./score.js";
import { ATHENS, anOffer, aWorker, findReason, KALAMATA, pointsFor, SPARTA, THESSALONIKI } from "./test-fixtures.js";

describe("distance (soft criterion, 15 points)", () => {
  it("measures great-circle distance in kilometres", () => {
    expect(haversineKm(KALAMATA, KALAMATA)).toBe(0);
    expect(haversineKm(KALAMATA, ATHENS)).toBeCloseTo(176.9, 0);
    expect(haversineKm(ATHENS, KALAMATA)).toBeCloseTo(haversineKm(KALAMATA, ATHENS), 9);
  });

  it("gives full credit within 30 km, falling to none at 300 km", () => {
    expect([commuteCredit(0), commuteCredit(30), commuteCredit(165), commuteCredit(300), commuteCredit(1000)]).toEqual([1, 1, 0.5, 0, 0]);
  });

  it("a worker 28 km away earns all distance points, and the reason says how far", () => {
    const result = scoreMatch(aWorker({ location: SPARTA }), anOffer({ location: KALAMATA }));
    expect(findReason(result, "distance.km")).toMatchObject({ kind: "met", points: 15, maxPoints: 15, params: { km: 28 } });
  });

  it("a worker 177 km away earns part of the points and is warned about getting there without transport", () => {
    const result = scoreMatch(aWorker({ location: ATHENS }), anOffer());
    expect(findReason(result, "distance.km")).toMatchObject({ kind: "partial", points: 7, params: { km: 177 } });
    expect(findReason(result, "distance.noTransport")).toMatchObject({ kind: "warning", params: { km: 177 } });
  });

  it("with own transport or transport provided there is no transport warning", () => {
    expect(findReason(scoreMatch(aWorker({ location: ATHENS, ownTransport: true }), anOffer()), "distance.noTransport")).toBeUndefined();
    expect(
      findReason(scoreMatch(aWorker({ location: ATHENS }), anOffer({ transportProvided: true })), "distance.noTransport"),
    ).toBeUndefined();
  });

  it("a worker 400 km away earns no distance points, unless willing to relocate", () => {
    const staying = scoreMatch(aWorker({ location: THESSALONIKI }), anOffer());
    const relocating = scoreMatch(aWorker({ location: THESSALONIKI, willingToRelocate: true }), anOffer());
    expect(pointsFor(staying, "distance")).toBe(0);
    expect(pointsFor(relocating, "distance")).toBe(9);
    expect(findReason(relocating, "distance.willingToRelocate")?.kind).toBe("met");
  });

  it("distance weighs less when the employer provides accommodation", () => {
    const result = scoreMatch(aWorker({ location: ATHENS }), anOffer({ accommodationProvided: true }));
    expect(pointsFor(result, "distance")).toBe(12);
    expect(findReason(result, "distance.accommodationProvided")?.kind).toBe("met");
  });

  it("an unknown location earns half the points", () => {
    const result = scoreMatch(aWorker({ location: null }), anOffer());
    expect(findReason(result, "distance.unknown")).toMatchObject({ kind: "partial", points: 8 });
  });
});
