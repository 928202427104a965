import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "./api-error.js";
import { parseInput } from "./parse-input.js";

const range = z
  .object({ start: z.string(), end: z.string() })
  .refine((r) => r.start <= r.end, { message: "errors.dateRangeReversed", path: ["end"] });

describe("checking a merged input", () => {
  it("returns the parsed value when it holds together", () => {
    expect(parseInput(range, { start: "2026-01-01", end: "2026-02-01" })).toEqual({ start: "2026-01-01", end: "2026-02-01" });
  });

  it("refuses an inconsistent whole as a validation failure with translation keys", () => {
    try {
      parseInput(range, { start: "2026-03-01", end: "2026-02-01" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("validation_failed");
      expect((error as DomainError).details).toEqual([{ path: ["end"], message: "errors.dateRangeReversed" }]);
    }
  });

  it("turns zod's own English messages into the generic key", () => {
    expect(() => parseInput(z.object({ n: z.number() }), { n: "x" })).toThrow(DomainError);
    try {
      parseInput(z.object({ n: z.number() }), { n: "x" });
    } catch (error) {
      expect((error as DomainError).details).toEqual([{ path: ["n"], message: "errors.invalidValue" }]);
    }
  });
});
