import { describe, expect, it } from "vitest";
import { foldForSearch } from "../core/shared/fold-for-search.js";
import { matchRank } from "./text-match.js";

describe("foldForSearch", () => {
  it("drops accents, tonos and case", () => {
    expect(foldForSearch("Viñedo Olivó")).toBe("vinedo olivo");
    expect(foldForSearch("Κλάδεμα ΕΛΙΆΣ")).toBe("κλαδεμα ελιασ");
  });

  it("makes Arabic hamza, alef maqsura, ta marbuta and harakat optional", () => {
    expect(foldForSearch("الأشجار")).toBe(foldForSearch("الاشجار"));
    expect(foldForSearch("زراعةٌ")).toBe(foldForSearch("زراعه"));
  });
});

describe("matchRank", () => {
  it("ranks equal, then prefix, then word start, then substring, then scattered words", () => {
    expect(matchRank("shepherd", "shepherd")).toBe(0);
    expect(matchRank("fish grading", "fish")).toBe(1);
    expect(matchRank("deep-sea fishery worker", "fish")).toBe(2);
    expect(matchRank("catfish", "fish")).toBe(3);
    expect(matchRank("prune hedges and trees", "prune trees")).toBe(4);
    expect(matchRank("shepherd", "goat")).toBeUndefined();
    expect(matchRank("shepherd", "")).toBeUndefined();
  });

  it("finds a word start after an earlier substring match", () => {
    expect(matchRank("catfish fishing", "fish")).toBe(2);
  });
});
