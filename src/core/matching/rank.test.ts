import { describe, expect, it } from "vitest";
import { rankCandidates, rankOffers } from "./rank.js";
import { ATHENS, anOffer, aWorker, FISHER, HARVEST, OLIVE_PICKER, THESSALONIKI } from "./test-fixtures.js";

const near = aWorker({ id: "w-near" });
const far = aWorker({ id: "w-far", location: ATHENS });
const farther = aWorker({ id: "w-farther", location: THESSALONIKI });
const twinOfNear = aWorker({ id: "w-a-twin" });
const noPermit = aWorker({ id: "w-no-permit", authorisations: [] });
const nothing = aWorker({ id: "w-nothing", authorisations: [], availability: [] });

describe("ranking candidates for an offer", () => {
  const offer = anOffer();

  it("eligible candidates come by score, highest first, and equal scores by worker id", () => {
    const ranked = rankCandidates(offer, [farther, near, noPermit, far, twinOfNear]);
    expect(ranked.map((r) => r.workerId)).toEqual(["w-a-twin", "w-near", "w-far", "w-farther"]);
  });

  it("excluded candidates come after, when asked, those failing fewest rules first", () => {
    const ranked = rankCandidates(offer, [nothing, near, noPermit], {}, { includeExcluded: true });
    expect(ranked.map((r) => [r.workerId, r.eligible])).toEqual([
      ["w-near", true],
      ["w-no-permit", false],
      ["w-nothing", false],
    ]);
  });

  it("the limit keeps the best", () => {
    expect(rankCandidates(offer, [farther, far, near], {}, { limit: 2 }).map((r) => r.workerId)).toEqual(["w-near", "w-far"]);
  });

  it("the order does not depend on the order workers are given in", () => {
    const workers = [farther, near, noPermit, far, twinOfNear, nothing];
    const once = rankCandidates(offer, workers, {}, { includeExcluded: true });
    const reversed = rankCandidates(offer, [...workers].reverse(), {}, { includeExcluded: true });
    expect(reversed).toEqual(once);
  });
});

describe("ranking offers for a worker", () => {
  const worker = aWorker({ skills: [{ skillUri: HARVEST, level: "basic", verified: true }] });
  const olives = anOffer({ id: "o-olives", occupationUri: OLIVE_PICKER });
  const fishing = anOffer({ id: "o-fishing", occupationUri: FISHER, sector: "A03" });
  const closed = anOffer({ id: "o-closed", startDate: "2027-06-01", endDate: "2027-08-31" });

  it("looks up each offer's occupation skills, so the offer the worker is skilled for comes first", () => {
    const occupationSkillsOf = (uri: string) =>
      uri === OLIVE_PICKER ? { essential: [HARVEST], optional: [] } : { essential: ["x"], optional: [] };
    const ranked = rankOffers(worker, [fishing, closed, olives], { occupationSkillsOf }, { includeExcluded: true });
    expect(ranked.map((r) => [r.offerId, r.eligible])).toEqual([
      ["o-olives", true],
      ["o-fishing", true],
      ["o-closed", false],
    ]);
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? 100);
  });

  it("offers with equal scores come by offer id, and excluded offers are left out unless asked", () => {
    const ranked = rankOffers(worker, [olives, closed, fishing]);
    expect(ranked.map((r) => r.offerId)).toEqual(["o-fishing", "o-olives"]);
  });
});
