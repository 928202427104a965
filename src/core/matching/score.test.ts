import { describe, expect, it } from "vitest";
import { scoreMatch } from "./score.js";
import { anOffer, aWorker, HARVEST, iscoOf, OLIVE_PICKER, reasonCodes } from "./test-fixtures.js";
import { SOFT_CRITERION_WEIGHTS } from "./weights.js";

describe("a readable match score", () => {
  it("the soft criteria share exactly 100 points", () => {
    expect(Object.values(SOFT_CRITERION_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("an ideal candidate scores 100, and the points a person reads add up to the score", () => {
    const worker = aWorker({
      occupations: [{ occupationUri: OLIVE_PICKER, yearsExperience: 3, informal: false }],
      skills: [{ skillUri: HARVEST, level: "advanced", verified: true }],
      languages: [{ language: "el", level: "B2" }],
    });
    const offer = anOffer({ requiredSkills: [HARVEST], requiredLanguages: [{ language: "el", level: "B1" }], minYearsExperience: 2 });
    const result = scoreMatch(worker, offer, { iscoOf });
    expect(result).toMatchObject({ workerId: "worker-amina", offerId: "offer-olives", eligible: true, score: 100 });
    const points = result.reasons.reduce((sum, r) => sum + (r.points ?? 0), 0);
    const maxPoints = result.reasons.reduce((sum, r) => sum + (r.maxPoints ?? 0), 0);
    expect([points, maxPoints]).toEqual([100, 100]);
  });

  it("reasons are listed hard rules first, then each soft criterion with its summary line first", () => {
    const result = scoreMatch(aWorker(), anOffer());
    expect(reasonCodes(result)).toEqual([
      "authorisation.coversOffer",
      "availability.covers",
      "skills.noneRequired",
      "experience.noneNotRequired",
      "language.noneRequired",
      "distance.km",
      "preferences.noneStated",
    ]);
    expect(result.score).toBe(90);
  });

  it("an excluded candidate scores 0, and its soft criteria are still explained but carry no points", () => {
    const result = scoreMatch(aWorker({ authorisations: [] }), anOffer());
    expect(result.eligible).toBe(false);
    expect(result.score).toBe(0);
    expect(result.reasons.some((r) => r.criterion === "skills")).toBe(true);
    expect(result.reasons.every((r) => r.points === undefined)).toBe(true);
  });

  it("gender, nationality, age and religion cannot influence a match: the matcher never receives them", () => {
    const worker = aWorker();
    const withExtras = { ...worker, gender: "woman", nationality: "MA", birthYear: 1990, religion: "any" };
    expect(scoreMatch(withExtras, anOffer())).toEqual(scoreMatch(worker, anOffer()));
  });
});

describe("the word beside the points", () => {
  it("a criterion that earns all its points never reads as only partly met", () => {
    const closeButNotThere = aWorker({ location: { lat: 37.0, lon: 22.0 } });
    const result = scoreMatch(closeButNotThere, anOffer({ location: { lat: 37.28, lon: 22.0 } }), { iscoOf });
    const scored = result.reasons.filter((r) => r.points !== undefined && r.points === r.maxPoints);
    expect(scored.length).toBeGreaterThan(0);
    for (const reason of scored) expect(reason.kind, reason.code).not.toBe("partial");
  });
});
