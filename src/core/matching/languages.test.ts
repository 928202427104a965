import { describe, expect, it } from "vitest";
import type { MatchLanguage } from "./match-inputs.js";
import { scoreMatch } from "./score.js";
import { anOffer, aWorker, findReason, pointsFor } from "./test-fixtures.js";

const offer = anOffer({
  requiredLanguages: [
    { language: "el", level: "B1" },
    { language: "en", level: "A2" },
  ],
});
const speaking = (...languages: MatchLanguage[]) => scoreMatch(aWorker({ languages }), offer);

describe("languages (soft criterion, 15 points)", () => {
  it("a worker speaking every required language at the required level or above earns all points", () => {
    const result = speaking({ language: "el", level: "C1" }, { language: "en", level: "native" });
    expect(findReason(result, "language.requiredMet")).toMatchObject({ kind: "met", points: 15, params: { met: 2, total: 2 } });
  });

  it("one level below the requirement earns partial credit, and the reason names both levels", () => {
    const result = speaking({ language: "el", level: "A2" }, { language: "en", level: "A2" });
    expect(findReason(result, "language.below")).toMatchObject({
      kind: "partial",
      params: { language: "el", required: "B1", actual: "A2" },
    });
    expect(pointsFor(result, "language")).toBe(11);
  });

  it("two levels below earns nothing for that language", () => {
    const result = speaking({ language: "el", level: "A1" }, { language: "en", level: "B2" });
    expect(findReason(result, "language.below")?.kind).toBe("missing");
    expect(pointsFor(result, "language")).toBe(8);
  });

  it("a language the worker does not speak is named as missing", () => {
    const result = speaking({ language: "en", level: "B2" });
    expect(findReason(result, "language.missing")?.params).toEqual({ language: "el", required: "B1" });
  });

  it("C2 is one level below native", () => {
    const native = anOffer({ requiredLanguages: [{ language: "ar", level: "native" }] });
    expect(findReason(scoreMatch(aWorker({ languages: [{ language: "ar", level: "C2" }] }), native), "language.below")?.kind).toBe(
      "partial",
    );
  });

  it("an offer requiring no language gives everyone the language points", () => {
    expect(findReason(scoreMatch(aWorker(), anOffer()), "language.noneRequired")).toMatchObject({ kind: "met", points: 15 });
  });
});
