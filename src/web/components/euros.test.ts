import { describe, expect, it } from "vitest";
import { centsToEuros, eurosToCents } from "./euros.js";

describe("euros typed in a form and the cents the API stores", () => {
  it("rounds to whole cents without float noise", () => {
    expect(eurosToCents(11.53)).toBe(1153);
    expect(eurosToCents(0.1 + 0.2)).toBe(30);
    expect(eurosToCents(39.3)).toBe(3930);
    expect(eurosToCents(1184)).toBe(118_400);
  });

  it("reads a typed string, with a comma or a point", () => {
    expect(eurosToCents("12.5")).toBe(1250);
    expect(eurosToCents(" 7,25 ")).toBe(725);
  });

  it("keeps an empty field empty, for the schema to call it required", () => {
    expect(eurosToCents("")).toBeNull();
    expect(eurosToCents("  ")).toBeNull();
    expect(eurosToCents(null)).toBeNull();
    expect(eurosToCents(undefined)).toBeNull();
  });

  it("passes something that is not a number on as NaN", () => {
    expect(eurosToCents("abc")).toBeNaN();
  });

  it("turns cents back into euros", () => {
    expect(centsToEuros(1153)).toBe(11.53);
    expect(centsToEuros(0)).toBe(0);
    expect(eurosToCents(centsToEuros(5_430))).toBe(5_430);
  });
});
