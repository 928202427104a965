import { describe, expect, it } from "vitest";
import type { MatchSkill } from "./match-inputs.js";
import { scoreMatch } from "./score.js";
import { anOffer, aWorker, findReason, HARVEST, LADDER, PRUNE, pointsFor, TRACTOR } from "./test-fixtures.js";

const skill = (skillUri: string, verified = true): MatchSkill => ({ skillUri, level: "intermediate", verified });
const offer = anOffer({ requiredSkills: [PRUNE, HARVEST, LADDER, TRACTOR] });

describe("skills (soft criterion, 30 points)", () => {
  it("a worker with 3 of 4 required skills, all verified, earns three quarters of the points and sees what is missing", () => {
    const result = scoreMatch(aWorker({ skills: [skill(PRUNE), skill(HARVEST), skill(LADDER)] }), offer);
    expect(findReason(result, "skills.requiredMet")).toMatchObject({
      kind: "partial",
      points: 23,
      maxPoints: 30,
      params: { met: 3, total: 4 },
    });
    expect(findReason(result, "skills.missing")).toMatchObject({ kind: "missing", params: { skillUri: TRACTOR } });
  });

  it("a verified skill counts more than a self-declared one", () => {
    const verified = scoreMatch(aWorker({ skills: [skill(PRUNE, true)] }), anOffer({ requiredSkills: [PRUNE] }));
    const declared = scoreMatch(aWorker({ skills: [skill(PRUNE, false)] }), anOffer({ requiredSkills: [PRUNE] }));
    expect(pointsFor(verified, "skills")).toBe(30);
    expect(pointsFor(declared, "skills")).toBe(21);
    expect(findReason(declared, "skills.selfDeclared")?.params).toEqual({ skillUri: PRUNE });
  });

  it("a skill recorded twice counts once, at its verified value", () => {
    const result = scoreMatch(aWorker({ skills: [skill(PRUNE, false), skill(PRUNE, true)] }), anOffer({ requiredSkills: [PRUNE] }));
    expect(pointsFor(result, "skills")).toBe(30);
  });

  it("an offer that requires no skills gives everyone the skills points", () => {
    const result = scoreMatch(aWorker(), anOffer());
    expect(findReason(result, "skills.noneRequired")).toMatchObject({ kind: "met", points: 30 });
  });

  it("skills ESCO lists for the occupation earn partial credit even when the offer does not require them", () => {
    const occupationSkills = { essential: [HARVEST, LADDER, "http://data.europa.eu/esco/skill/sort-olives"], optional: [TRACTOR] };
    const offerNeedingPruning = anOffer({ requiredSkills: [PRUNE] });
    const without = scoreMatch(aWorker(), offerNeedingPruning, { occupationSkills });
    const withRelated = scoreMatch(aWorker({ skills: [skill(HARVEST), skill(LADDER)] }), offerNeedingPruning, { occupationSkills });
    expect(pointsFor(without, "skills")).toBe(0);
    // 2 of the 3.5 available (essential 1, optional ½): 2 / 3.5 × 20 % of 30 points.
    expect(pointsFor(withRelated, "skills")).toBe(3);
    expect(findReason(withRelated, "skills.occupationRelated")).toMatchObject({ kind: "partial", params: { count: 2 } });
  });

  it("when ESCO's occupation skills are known, an offer without requirements favours workers who have them", () => {
    const occupationSkills = { essential: [HARVEST], optional: [] };
    const novice = scoreMatch(aWorker(), anOffer(), { occupationSkills });
    const skilled = scoreMatch(aWorker({ skills: [skill(HARVEST)] }), anOffer(), { occupationSkills });
    expect(pointsFor(novice, "skills")).toBe(24);
    expect(pointsFor(skilled, "skills")).toBe(30);
  });
});
