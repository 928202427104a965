import { describe, expect, it } from "vitest";
import type { MatchOccupation } from "./match-inputs.js";
import { scoreMatch } from "./score.js";
import { anOffer, aWorker, CROP_WORKER, FISHER, FRUIT_PICKER, findReason, iscoOf, OLIVE_PICKER, pointsFor } from "./test-fixtures.js";

const did = (occupationUri: string, yearsExperience: number, informal = false): MatchOccupation => ({
  occupationUri,
  yearsExperience,
  informal,
});
const offer = anOffer({ occupationUri: OLIVE_PICKER, minYearsExperience: 2 });
const matchWith = (...occupations: MatchOccupation[]) => scoreMatch(aWorker({ occupations }), offer, { iscoOf });

describe("experience (soft criterion, 20 points)", () => {
  it("experience in the same occupation for the years asked earns all points", () => {
    const result = matchWith(did(OLIVE_PICKER, 3));
    expect(findReason(result, "experience.sameOccupation")).toMatchObject({ kind: "met", points: 20, params: { years: 3, required: 2 } });
  });

  it("fewer years than asked earn a share in proportion", () => {
    expect(pointsFor(matchWith(did(OLIVE_PICKER, 1)), "experience")).toBe(10);
  });

  it("same occupation beats the same ISCO unit group, which beats the same minor group", () => {
    const same = pointsFor(matchWith(did(OLIVE_PICKER, 5)), "experience") ?? 0;
    const unitGroup = matchWith(did(FRUIT_PICKER, 5));
    const minorGroup = matchWith(did(CROP_WORKER, 5));
    expect(findReason(unitGroup, "experience.sameUnitGroup")?.params).toEqual({
      occupationUri: FRUIT_PICKER,
      iscoCode: "9211",
      years: 5,
      required: 2,
    });
    expect(findReason(minorGroup, "experience.sameMinorGroup")?.params).toEqual({
      occupationUri: CROP_WORKER,
      iscoCode: "921",
      years: 5,
      required: 2,
    });
    const unit = pointsFor(unitGroup, "experience") ?? 0;
    const minor = pointsFor(minorGroup, "experience") ?? 0;
    expect([same, unit, minor]).toEqual([20, 12, 6]);
  });

  it("an unrelated occupation earns nothing when experience is asked for", () => {
    const result = matchWith(did(FISHER, 10));
    expect(findReason(result, "experience.none")).toMatchObject({ kind: "missing", points: 0, params: { required: 2 } });
  });

  it("without ISCO codes, only the same occupation counts", () => {
    const result = scoreMatch(aWorker({ occupations: [did(FRUIT_PICKER, 5)] }), offer);
    expect(findReason(result, "experience.none")).toBeDefined();
  });

  it("informal and unpaid experience counts as much as paid work, and is said so", () => {
    const result = matchWith(did(OLIVE_PICKER, 4, true));
    expect(pointsFor(result, "experience")).toBe(20);
    expect(findReason(result, "experience.informal")?.kind).toBe("met");
  });

  it("when the offer asks for no experience a newcomer earns half, and related experience lifts a candidate", () => {
    const noExperienceAsked = anOffer({ occupationUri: OLIVE_PICKER, minYearsExperience: 0 });
    const newcomer = scoreMatch(aWorker(), noExperienceAsked, { iscoOf });
    const related = scoreMatch(aWorker({ occupations: [did(FRUIT_PICKER, 0)] }), noExperienceAsked, { iscoOf });
    expect(findReason(newcomer, "experience.noneNotRequired")).toMatchObject({ kind: "partial", points: 10 });
    expect(pointsFor(related, "experience")).toBe(16);
  });

  it("the best of several occupations counts", () => {
    expect(pointsFor(matchWith(did(FISHER, 10), did(CROP_WORKER, 1), did(FRUIT_PICKER, 4)), "experience")).toBe(12);
  });
});
