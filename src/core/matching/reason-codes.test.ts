import { describe, expect, it } from "vitest";
import { MATCH_CRITERIA } from "./criteria.js";
import { MATCH_REASON_CODES } from "./reason-codes.js";

describe("the list of reason codes for translators", () => {
  it("every code starts with its criterion and has an English template", () => {
    for (const [code, entry] of Object.entries(MATCH_REASON_CODES)) {
      expect(MATCH_CRITERIA).toContain(entry.criterion);
      expect(code.startsWith(`${entry.criterion}.`)).toBe(true);
      expect(entry.englishTemplate.length).toBeGreaterThan(10);
      expect(entry.kinds.length).toBeGreaterThan(0);
    }
  });

  it("gives every criterion at least one code", () => {
    const covered = new Set(Object.values(MATCH_REASON_CODES).map((entry) => entry.criterion));
    expect([...covered].sort()).toEqual([...MATCH_CRITERIA].sort());
  });
});
